# labels: name::vgg19 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vgg19: VGG, built by timm with random weights.

Source: https://huggingface.co/timm/vgg19.tv_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vgg19", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
