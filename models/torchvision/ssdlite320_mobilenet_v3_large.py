# labels: name::ssdlite320_mobilenet_v3_large author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
SSDlite320 with a MobileNetV3-Large backbone (mobile single-shot object detection), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.detection.ssdlite320_mobilenet_v3_large.html
"""
import torch
from torchvision.models.detection import ssdlite320_mobilenet_v3_large

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = ssdlite320_mobilenet_v3_large(weights=None, weights_backbone=None)
# Detection models need targets in training mode; in eval mode they take a batch of images and return boxes.
model.eval()
inputs = {"images": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
