# labels: name::fcn_resnet101 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
FCN with a ResNet-101 backbone (semantic segmentation), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.segmentation.fcn_resnet101.html
"""
import torch
from torchvision.models.segmentation import fcn_resnet101

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = fcn_resnet101(weights=None, weights_backbone=None)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
