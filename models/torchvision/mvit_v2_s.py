# labels: name::mvit_v2_s author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
MViT v2 small, a multiscale vision transformer (video classification), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.video.mvit_v2_s.html
"""
import torch
from torchvision.models.video import mvit_v2_s

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = mvit_v2_s(weights=None)
# The builder fixes MViT's relative positions to 16-frame 224x224 clips, so only batch and channels vary.
inputs = {"x": torch.rand(batch_size, num_channels, 16, 224, 224)}

model(**inputs)
