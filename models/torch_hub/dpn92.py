# labels: name::dpn92 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DPN-92 (dual path network), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's dpn92 with random weights.

Source: https://huggingface.co/docs/timm/models/dpn
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "dpn92", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
