# labels: name::res2net50_26w_4s author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Res2Net-50 26w-4s (multi-scale residual blocks), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's res2net50_26w_4s with random weights.

Source: https://huggingface.co/docs/timm/models/res2net
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "res2net50_26w_4s", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
