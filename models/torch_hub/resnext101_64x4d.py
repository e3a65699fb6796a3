# labels: name::resnext101_64x4d author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
ResNeXt-101 64x4d, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.resnext101_64x4d with random weights.

Source: https://pytorch.org/hub/pytorch_vision_resnext/
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "resnext101_64x4d", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
