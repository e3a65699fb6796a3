# labels: name::ssd300_vgg16 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
SSD300 with a VGG-16 backbone (single-shot object detection), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.detection.ssd300_vgg16.html
"""
import torch
from torchvision.models.detection import ssd300_vgg16

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = ssd300_vgg16(weights=None, weights_backbone=None)
# Detection models need targets in training mode; in eval mode they take a batch of images and return boxes.
model.eval()
inputs = {"images": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
