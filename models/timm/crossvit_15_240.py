# labels: name::crossvit_15_240 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
crossvit_15_240: CrossViT (dual-branch vision transformer with cross-attention), built by timm with random weights.

Source: https://huggingface.co/timm/crossvit_15_240.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("crossvit_15_240", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
