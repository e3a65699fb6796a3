# labels: name::swin3d_t author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
Video Swin Transformer, tiny (video classification), built by torchvision with random weights.

Source: https://pytorch.org/vision/stable/models/generated/torchvision.models.video.swin3d_t.html
"""
import torch
from torchvision.models.video import swin3d_t

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = swin3d_t(weights=None)
# Video clips are batch x channels x frames x height x width, with a fixed 16 frames per clip.
inputs = {"x": torch.rand(batch_size, num_channels, 16, height, width)}

model(**inputs)
