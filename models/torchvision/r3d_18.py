# labels: name::r3d_18 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
R3D-18, an 18-layer 3D-convolution ResNet (video classification), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.video.r3d_18.html
"""
import torch
from torchvision.models.video import r3d_18

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = r3d_18(weights=None)
# Video clips are batch x channels x frames x height x width, with a fixed 16 frames per clip.
inputs = {"x": torch.rand(batch_size, num_channels, 16, height, width)}

model(**inputs)
