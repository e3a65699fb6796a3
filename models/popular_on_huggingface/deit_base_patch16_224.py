# labels: name::deit_base_patch16_224 author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/deit-base-patch16-224
"""
DeiT-base image classifier (ViT architecture, 1000 labels), built from transformers.ViTConfig with random weights.

Source: https://huggingface.co/facebook/deit-base-patch16-224
"""
import torch
from transformers import ViTConfig, ViTForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# position embeddings are sized for the input: (224, 224) on the Hub
config = ViTConfig(
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=(height, width),
    patch_size=16,
    num_channels=3,
    qkv_bias=True,
    num_labels=1000,
)
model = ViTForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
