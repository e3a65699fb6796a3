# labels: name::mobilevit_x_small author::apple task::Computer_Vision license::other test_group::daily hub_id::apple/mobilevit-x-small
"""
MobileViT-x-small image classifier (1000 labels), built from transformers.MobileViTConfig with random weights.

Source: https://huggingface.co/apple/mobilevit-x-small
"""
import torch
from transformers import MobileViTConfig, MobileViTForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = MobileViTConfig(
    num_channels=3,
    image_size=256,
    patch_size=2,
    hidden_sizes=[96, 120, 144],
    neck_hidden_sizes=[16, 32, 48, 64, 80, 96, 384],
    num_attention_heads=4,
    mlp_ratio=2.0,
    expand_ratio=4.0,
    hidden_act="silu",
    conv_kernel_size=3,
    output_stride=32,
    num_labels=1000,
)
model = MobileViTForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
