# labels: name::swinv2_tiny_patch4_window8_256 author::microsoft task::Computer_Vision license::apache-2.0 test_group::daily hub_id::microsoft/swinv2-tiny-patch4-window8-256
"""
Swin V2-tiny image classifier (8x8 windows, 256x256, 1000 labels), built from transformers.Swinv2Config with random weights.

Source: https://huggingface.co/microsoft/swinv2-tiny-patch4-window8-256
"""
import torch
from transformers import Swinv2Config, Swinv2ForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = Swinv2Config(
    image_size=256,
    patch_size=4,
    num_channels=3,
    embed_dim=96,
    depths=[2, 2, 6, 2],
    num_heads=[3, 6, 12, 24],
    window_size=8,
    mlp_ratio=4.0,
    qkv_bias=True,
    hidden_act="gelu",
    use_absolute_embeddings=False,
    layer_norm_eps=1e-05,
    num_labels=1000,
)
model = Swinv2ForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
