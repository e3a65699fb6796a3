# labels: name::keypointrcnn_resnet50_fpn author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Keypoint R-CNN with a ResNet-50 FPN backbone (person keypoint detection), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.detection.keypointrcnn_resnet50_fpn.html
"""
import torch
from torchvision.models.detection import keypointrcnn_resnet50_fpn

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = keypointrcnn_resnet50_fpn(weights=None, weights_backbone=None)
# Detection models need targets in training mode; in eval mode they take a batch of images and return boxes.
model.eval()
inputs = {"images": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
