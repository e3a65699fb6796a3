# labels: name::focalnet_base_lrf author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
focalnet_base_lrf: FocalNet (focal modulation network), built by timm with random weights.

Source: https://huggingface.co/timm/focalnet_base_lrf.ms_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("focalnet_base_lrf", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
