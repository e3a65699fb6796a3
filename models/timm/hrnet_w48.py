# labels: name::hrnet_w48 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hrnet_w48: HRNet (high-resolution network classifier), built by timm with random weights.

Source: https://huggingface.co/timm/hrnet_w48.ms_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hrnet_w48", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
