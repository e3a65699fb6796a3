# labels: name::beit_base_patch16_224 author::microsoft task::Computer_Vision license::apache-2.0 test_group::daily hub_id::microsoft/beit-base-patch16-224
"""
BEiT base image classifier (relative position bias, ImageNet-1k, 1000 labels), built from transformers.BeitConfig with random weights.

Source: https://huggingface.co/microsoft/beit-base-patch16-224
"""
import torch
from transformers import BeitConfig, BeitForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = BeitConfig(
    vocab_size=8192,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=224,
    patch_size=16,
    num_channels=3,
    use_absolute_position_embeddings=False,
    use_relative_position_bias=True,
    use_shared_relative_position_bias=False,
    layer_scale_init_value=0.1,
    use_mean_pooling=True,
    num_labels=1000,
)
model = BeitForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
