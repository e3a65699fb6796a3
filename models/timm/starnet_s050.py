# labels: name::starnet_s050 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
starnet_s050: StarNet (element-wise multiplication network), built by timm with random weights.

Source: https://arxiv.org/abs/2403.19967
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("starnet_s050", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
