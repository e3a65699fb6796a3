# labels: name::hrnet_w18 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
HRNet-W18 (high-resolution network classifier), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's hrnet_w18 with random weights.

Source: https://huggingface.co/docs/timm/models/hrnet
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "hrnet_w18", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
