# labels: name::mambaout_femto author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mambaout_femto: MambaOut (gated convolutional network without state-space mixing), built by timm with random weights.

Source: https://huggingface.co/timm/mambaout_femto.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mambaout_femto", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
