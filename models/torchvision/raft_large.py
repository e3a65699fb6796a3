# labels: name::raft_large author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
RAFT large (optical flow between two frames), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.optical_flow.raft_large.html
"""
import torch
from torchvision.models.optical_flow import raft_large

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = raft_large(weights=None)
# RAFT's 4-level correlation pyramid needs frames of at least 128x128 (and sides divisible by 8).
height, width = max(height, 128), max(width, 128)
inputs = {
    "image1": torch.rand(batch_size, num_channels, height, width),
    "image2": torch.rand(batch_size, num_channels, height, width),
}

model(**inputs)
