# labels: name::resnet101_clip_gap author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnet101_clip_gap: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://huggingface.co/timm/resnet101_clip_gap.openai
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnet101_clip_gap", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
