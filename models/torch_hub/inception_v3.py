# labels: name::inception_v3 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Inception v3 (auxiliary classifier off), loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.inception_v3 with random weights (needs height and width of at least 107: smaller maps reach 1x1 before a batch norm).

Source: https://pytorch.org/hub/pytorch_vision_inception_v3/
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "inception_v3", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
