# labels: name::resnet51q author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnet51q: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://huggingface.co/timm/resnet51q.ra2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnet51q", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
