# labels: name::regnet_y_1_6gf author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
RegNetY-1.6GF, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.regnet_y_1_6gf with random weights.

Source: https://pytorch.org/vision/stable/models/regnet.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "regnet_y_1_6gf", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
