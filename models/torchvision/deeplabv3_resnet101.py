# labels: name::deeplabv3_resnet101 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
DeepLabV3 with a ResNet-101 backbone (semantic segmentation), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.segmentation.deeplabv3_resnet101.html
"""
import torch
from torchvision.models.segmentation import deeplabv3_resnet101

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = deeplabv3_resnet101(weights=None, weights_backbone=None)
# The ASPP image-pooling branch applies BatchNorm to a 1x1 map, which training mode rejects at batch size 1.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
