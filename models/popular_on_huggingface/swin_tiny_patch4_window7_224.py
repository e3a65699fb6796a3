# labels: name::swin_tiny_patch4_window7_224 author::microsoft task::Computer_Vision license::apache-2.0 test_group::daily hub_id::microsoft/swin-tiny-patch4-window7-224
"""
Swin-tiny image classifier (shifted 7x7 windows, 1000 labels), built from transformers.SwinConfig with random weights.

Source: https://huggingface.co/microsoft/swin-tiny-patch4-window7-224
"""
import torch
from transformers import SwinConfig, SwinForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = SwinConfig(
    image_size=224,
    patch_size=4,
    num_channels=3,
    embed_dim=96,
    depths=[2, 2, 6, 2],
    num_heads=[3, 6, 12, 24],
    window_size=7,
    mlp_ratio=4.0,
    qkv_bias=True,
    hidden_act="gelu",
    use_absolute_embeddings=False,
    layer_norm_eps=1e-05,
    num_labels=1000,
)
model = SwinForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
