# labels: name::xception65 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
xception65: aligned Xception (the DeepLab variant), built by timm with random weights.

Source: https://huggingface.co/timm/xception65.ra3_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("xception65", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
