# labels: name::s3d author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
S3D, a separable 3D-convolution Inception network (video classification), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.video.s3d.html
"""
import torch
from torchvision.models.video import s3d

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = s3d(weights=None)
# S3D ends in a fixed 2x7x7 average pool, so it needs clips of 16 frames at 224x224.
inputs = {"x": torch.rand(batch_size, num_channels, 16, 224, 224)}

model(**inputs)
