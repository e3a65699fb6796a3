# labels: name::convnext_large author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
ConvNeXt-Large, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.convnext_large with random weights.

Source: https://pytorch.org/vision/stable/models/convnext.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "convnext_large", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
