# labels: name::maxvit_t author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
MaxViT-T, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.maxvit_t with random weights (fixed 224x224 input: height and width must be 224).

Source: https://pytorch.org/vision/stable/models/maxvit.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "maxvit_t", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
