# labels: name::segformer_b2_clothes author::mattmdjaga task::Computer_Vision license::mit test_group::daily hub_id::mattmdjaga/segformer_b2_clothes
"""
SegFormer-B2 clothes and body-part segmenter (18 classes), built from transformers.SegformerConfig with random weights.

Source: https://huggingface.co/mattmdjaga/segformer_b2_clothes
"""
import torch
from transformers import SegformerConfig, SegformerForSemanticSegmentation

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
    decoder_hidden_size=768,
    num_labels=18,
)
model = SegformerForSemanticSegmentation(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
