# labels: name::inception_v4 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Inception v4, loaded with torch.hub.load from this folder's hubconf.py, which builds timm's inception_v4 with random weights (needs height and width of at least 107: smaller maps reach 1x1 before a batch norm).

Source: https://huggingface.co/docs/timm/models/inception-v4
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "inception_v4", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
