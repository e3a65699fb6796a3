# labels: name::mobilenet_v3_small author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily,smoke
"""
MobileNetV3-Small, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.mobilenet_v3_small with random weights.

Source: https://pytorch.org/vision/stable/models/mobilenetv3.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "mobilenet_v3_small", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
