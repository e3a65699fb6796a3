# labels: name::resnext101_32x16d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnext101_32x16d: ResNet-family network (ResNet, ResNeXt, SE-ResNet, ECA-ResNet and variants), built by timm with random weights.

Source: https://huggingface.co/timm/resnext101_32x16d.fb_wsl_ig1b_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnext101_32x16d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
