# labels: name::focalnet_large_fl3 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
focalnet_large_fl3: FocalNet (focal modulation network), built by timm with random weights.

Source: https://huggingface.co/timm/focalnet_large_fl3.ms_in22k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("focalnet_large_fl3", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
