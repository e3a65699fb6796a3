# labels: name::vit_h_14 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Vision Transformer ViT-H/14, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.vit_h_14 with random weights (its position embeddings are sized from height: square images, a multiple of the patch size 14).

Source: https://pytorch.org/vision/stable/models/vision_transformer.html
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "vit_h_14", source="local", image_size=height)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
