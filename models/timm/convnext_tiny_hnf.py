# labels: name::convnext_tiny_hnf author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnext_tiny_hnf: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/convnext_tiny_hnf.a2h_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnext_tiny_hnf", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
