# labels: name::mobilevit_xx_small author::apple task::Computer_Vision license::other test_group::daily hub_id::apple/mobilevit-xx-small
"""
MobileViT-xx-small image classifier (1000 labels), built from transformers.MobileViTConfig with random weights.

Source: https://huggingface.co/apple/mobilevit-xx-small
"""
import torch
from transformers import MobileViTConfig, MobileViTForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = MobileViTConfig(
    num_channels=3,
    image_size=256,
    patch_size=2,
    hidden_sizes=[64, 80, 96],
    neck_hidden_sizes=[16, 16, 24, 48, 64, 80, 320],
    num_attention_heads=4,
    mlp_ratio=2.0,
    expand_ratio=2.0,
    hidden_act="silu",
    conv_kernel_size=3,
    output_stride=32,
    num_labels=1000,
)
model = MobileViTForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
