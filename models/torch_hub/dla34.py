# labels: name::dla34 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DLA-34 (deep layer aggregation), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's dla34 with random weights.

Source: https://huggingface.co/docs/timm/models/dla
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "dla34", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
