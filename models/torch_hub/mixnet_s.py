# labels: name::mixnet_s author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MixNet-S (mixed depthwise kernels), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's mixnet_s with random weights.

Source: https://github.com/rwightman/gen-efficientnet-pytorch
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "mixnet_s", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
