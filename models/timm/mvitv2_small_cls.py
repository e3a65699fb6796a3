# labels: name::mvitv2_small_cls author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mvitv2_small_cls: MViTv2 (multiscale vision transformer), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/mvitv2.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mvitv2_small_cls", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
