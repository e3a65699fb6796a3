# labels: name::ese_vovnet19b_dw author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ESE-VoVNet-19b-DW (one-shot aggregation with effective squeeze-excitation), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's ese_vovnet19b_dw with random weights.

Source: https://huggingface.co/docs/timm/models/ese-vovnet
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "ese_vovnet19b_dw", source="local")
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
