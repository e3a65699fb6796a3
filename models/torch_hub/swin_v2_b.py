# labels: name::swin_v2_b author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Swin-V2-B (Swin Transformer), loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.swin_v2_b with random weights.

Source: https://pytorch.org/vision/stable/models/swin_transformer.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "swin_v2_b", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
