# labels: name::maxvit_t author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
MaxViT-T, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.maxvit_t with random weights (its attention partitions are sized from height and width: each stage's map must divide into 7x7 windows, e.g. 224 or 448, not 64).

Source: https://pytorch.org/vision/stable/models/maxvit.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "maxvit_t", source="local", input_size=(height, width))
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
