# labels: name::efficientnet_v2_m author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
EfficientNetV2-M, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.efficientnet_v2_m with random weights.

Source: https://pytorch.org/vision/stable/models/efficientnetv2.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "efficientnet_v2_m", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
