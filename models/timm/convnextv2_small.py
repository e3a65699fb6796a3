# labels: name::convnextv2_small author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnextv2_small: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/convnext.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnextv2_small", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
