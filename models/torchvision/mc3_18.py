# labels: name::mc3_18 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily,smoke
"""
MC3-18, a mixed 3D/2D-convolution ResNet-18 (video classification), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.video.mc3_18.html
"""
import torch
from torchvision.models.video import mc3_18

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = mc3_18(weights=None)
# Video clips are batch x channels x frames x height x width, with a fixed 16 frames per clip.
inputs = {"x": torch.rand(batch_size, num_channels, 16, height, width)}

model(**inputs)
