# labels: name::lraspp_mobilenet_v3_large author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily,smoke
"""
LR-ASPP with a MobileNetV3-Large backbone (lightweight semantic segmentation), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.segmentation.lraspp_mobilenet_v3_large.html
"""
import torch
from torchvision.models.segmentation import lraspp_mobilenet_v3_large

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = lraspp_mobilenet_v3_large(weights=None, weights_backbone=None)
inputs = {"input": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
