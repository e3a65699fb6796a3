# labels: name::hgnet_tiny author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hgnet_tiny: PP-HGNet (high-performance GPU network), built by timm with random weights.

Source: https://huggingface.co/timm/hgnet_tiny.paddle_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hgnet_tiny", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
