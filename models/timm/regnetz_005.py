# labels: name::regnetz_005 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetz_005: RegNet (RegNetX, RegNetY, RegNetZ), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/regnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetz_005", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
