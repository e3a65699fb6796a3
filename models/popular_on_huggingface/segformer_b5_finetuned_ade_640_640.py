# labels: name::segformer_b5_finetuned_ade_640_640 author::nvidia task::Computer_Vision license::other test_group::daily hub_id::nvidia/segformer-b5-finetuned-ade-640-640
"""
SegFormer-B5 semantic segmenter (ADE20k, 150 classes), built from transformers.SegformerConfig with random weights.

Source: https://huggingface.co/nvidia/segformer-b5-finetuned-ade-640-640
"""
import torch
from transformers import SegformerConfig, SegformerForSemanticSegmentation

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = SegformerConfig(
    num_channels=3,
    num_encoder_blocks=4,
    depths=[3, 6, 40, 3],
    sr_ratios=[8, 4, 2, 1],
    hidden_sizes=[64, 128, 320, 512],
    patch_sizes=[7, 3, 3, 3],
    strides=[4, 2, 2, 2],
    num_attention_heads=[1, 2, 5, 8],
    mlp_ratios=[4, 4, 4, 4],
    hidden_act="gelu",
    decoder_hidden_size=768,
    num_labels=150,
)
model = SegformerForSemanticSegmentation(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
