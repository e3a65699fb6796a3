# labels: name::mnasnet0_75 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
MNASNet (depth multiplier 0.75), loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.mnasnet0_75 with random weights.

Source: https://pytorch.org/vision/stable/models/mnasnet.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "mnasnet0_75", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
