# labels: name::starnet_s1 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
starnet_s1: StarNet (element-wise multiplication network), built by timm with random weights.

Source: https://huggingface.co/timm/starnet_s1.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("starnet_s1", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
