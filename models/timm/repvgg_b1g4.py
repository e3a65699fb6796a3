# labels: name::repvgg_b1g4 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
repvgg_b1g4: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://huggingface.co/timm/repvgg_b1g4.rvgg_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("repvgg_b1g4", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
