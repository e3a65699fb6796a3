# labels: name::fasterrcnn_resnet50_fpn_v2 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Faster R-CNN v2 with a ResNet-50 FPN backbone (object detection, improved recipe), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.detection.fasterrcnn_resnet50_fpn_v2.html
"""
import torch
from torchvision.models.detection import fasterrcnn_resnet50_fpn_v2

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = fasterrcnn_resnet50_fpn_v2(weights=None, weights_backbone=None)
# Detection models need targets in training mode; in eval mode they take a batch of images and return boxes.
model.eval()
inputs = {"images": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
