# labels: name::lcnetv2_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
lcnetv2_base: PP-LCNetV2 (lightweight CPU network), built by timm with random weights.

Source: https://huggingface.co/timm/lcnetv2_base.ssld_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("lcnetv2_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
