# labels: name::samvit_base_patch16_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
samvit_base_patch16_224: Vision Transformer (the Segment Anything image encoder), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/vision_transformer_sam.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("samvit_base_patch16_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
