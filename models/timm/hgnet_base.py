# labels: name::hgnet_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hgnet_base: PP-HGNet (high-performance GPU network), built by timm with random weights.

Source: https://huggingface.co/timm/hgnet_base.ssld_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hgnet_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
