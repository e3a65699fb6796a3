# labels: name::deit_small_distilled_patch16_224 author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/deit-small-distilled-patch16-224
"""
DeiT-small distilled image classifier (class and distillation tokens, 1000 labels), built from transformers.DeiTConfig with random weights.

Source: https://huggingface.co/facebook/deit-small-distilled-patch16-224
"""
import torch
from transformers import DeiTConfig, DeiTForImageClassificationWithTeacher

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# position embeddings are sized for the input: (224, 224) on the Hub
config = DeiTConfig(
    hidden_size=384,
    num_hidden_layers=12,
    num_attention_heads=6,
    intermediate_size=1536,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=(height, width),
    patch_size=16,
    num_channels=3,
    qkv_bias=True,
    num_labels=1000,
)
model = DeiTForImageClassificationWithTeacher(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
