# labels: name::vit_b_16 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Vision Transformer ViT-B/16, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.vit_b_16 with random weights (fixed 224x224 input: height and width must be 224).

Source: https://pytorch.org/vision/stable/models/vision_transformer.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "vit_b_16", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
