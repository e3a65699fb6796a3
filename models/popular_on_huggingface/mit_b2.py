# labels: name::mit_b2 author::nvidia task::Computer_Vision license::other test_group::daily hub_id::nvidia/mit-b2
"""
Mix Transformer (MiT-b2) image classifier, SegFormer's encoder (1000 labels), built from transformers.SegformerConfig with random weights.

Source: https://huggingface.co/nvidia/mit-b2
"""
import torch
from transformers import SegformerConfig, SegformerForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = SegformerConfig(
    num_channels=3,
    num_encoder_blocks=4,
    depths=[3, 4, 6, 3],
    sr_ratios=[8, 4, 2, 1],
    hidden_sizes=[64, 128, 320, 512],
    patch_sizes=[7, 3, 3, 3],
    strides=[4, 2, 2, 2],
    num_attention_heads=[1, 2, 5, 8],
    mlp_ratios=[4, 4, 4, 4],
    hidden_act="gelu",
    num_labels=1000,
)
model = SegformerForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
