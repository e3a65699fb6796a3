# labels: name::vgg13_bn author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
VGG-13 with batch normalization, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.vgg13_bn with random weights.

Source: https://pytorch.org/hub/pytorch_vision_vgg/
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "vgg13_bn", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
