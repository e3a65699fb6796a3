# labels: name::regnetz_c16_evos author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetz_c16_evos: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://huggingface.co/timm/regnetz_c16_evos.ch_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetz_c16_evos", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
