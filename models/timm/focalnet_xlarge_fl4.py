# labels: name::focalnet_xlarge_fl4 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
focalnet_xlarge_fl4: FocalNet (focal modulation network), built by timm with random weights.

Source: https://huggingface.co/timm/focalnet_xlarge_fl4.ms_in22k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("focalnet_xlarge_fl4", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
