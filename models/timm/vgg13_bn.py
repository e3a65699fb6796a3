# labels: name::vgg13_bn author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vgg13_bn: VGG, built by timm with random weights.

Source: https://huggingface.co/timm/vgg13_bn.tv_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vgg13_bn", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
