# labels: name::test_convnext author::timm task::Computer_Vision license::apache-2.0 test_group::smoke
"""
test_convnext: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/test_convnext.r160_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("test_convnext", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
