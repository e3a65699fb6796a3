# labels: name::regnety_040_sgn author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnety_040_sgn: RegNet (RegNetX, RegNetY, RegNetZ), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/regnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnety_040_sgn", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
