# labels: name::test_convnext2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
test_convnext2: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/test_convnext2.r160_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("test_convnext2", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
