# labels: name::regnetz_b16_evos author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetz_b16_evos: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/byobnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetz_b16_evos", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
