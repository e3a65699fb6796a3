# labels: name::efficientnet_b4 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
EfficientNet-B4, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.efficientnet_b4 with random weights.

Source: https://pytorch.org/vision/stable/models/efficientnet.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "efficientnet_b4", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
