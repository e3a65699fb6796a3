# labels: name::semnasnet_100 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MNASNet-A1 1.0x with squeeze-excitation, loaded with torch.hub.load from this folder's hubconf.py, which builds timm's semnasnet_100 with random weights.

Source: https://github.com/rwightman/gen-efficientnet-pytorch
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "semnasnet_100", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
