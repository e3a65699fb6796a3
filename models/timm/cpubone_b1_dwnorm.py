# labels: name::cpubone_b1_dwnorm author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cpubone_b1_dwnorm: CPUBone (a convolutional backbone designed for CPU inference), built by timm with random weights.

Source: https://huggingface.co/timm/cpubone_b1_dwnorm.timm_r256_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cpubone_b1_dwnorm", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
