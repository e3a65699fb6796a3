# labels: name::hgnetv2_b0 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hgnetv2_b0: PP-HGNet (high-performance GPU network), built by timm with random weights.

Source: https://huggingface.co/timm/hgnetv2_b0.ssld_stage2_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hgnetv2_b0", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
