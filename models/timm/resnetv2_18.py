# labels: name::resnetv2_18 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnetv2_18: pre-activation ResNet v2 (BiT-style, with group norm and weight standardization), built by timm with random weights.

Source: https://huggingface.co/timm/resnetv2_18.ra4_e3600_r224_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnetv2_18", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
