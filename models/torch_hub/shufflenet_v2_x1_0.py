# labels: name::shufflenet_v2_x1_0 author::pytorch task::Computer_Vision license::bsd-3-clause test_group::daily
"""
ShuffleNetV2 1.0x, loaded with torch.hub.load from this folder's hubconf.py, which builds torchvision.models.shufflenet_v2_x1_0 with random weights.

Source: https://pytorch.org/hub/pytorch_vision_shufflenet_v2/
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "shufflenet_v2_x1_0", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
