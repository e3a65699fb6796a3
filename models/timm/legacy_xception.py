# labels: name::legacy_xception author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
legacy_xception: Xception, built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/xception.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("legacy_xception", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
