# labels: name::resnetv2_50t author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnetv2_50t: pre-activation ResNet v2 (BiT-style, with group norm and weight standardization), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/resnetv2.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnetv2_50t", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
