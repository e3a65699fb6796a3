# labels: name::mambaout_small author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mambaout_small: MambaOut (gated convolutional network without state-space mixing), built by timm with random weights.

Source: https://huggingface.co/timm/mambaout_small.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mambaout_small", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
