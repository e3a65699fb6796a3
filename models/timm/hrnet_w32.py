# labels: name::hrnet_w32 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hrnet_w32: HRNet (high-resolution network classifier), built by timm with random weights.

Source: https://huggingface.co/timm/hrnet_w32.ms_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hrnet_w32", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
