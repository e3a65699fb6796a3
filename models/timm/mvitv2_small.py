# labels: name::mvitv2_small author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mvitv2_small: MViTv2 (multiscale vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/mvitv2_small.fb_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mvitv2_small", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
