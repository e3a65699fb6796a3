# labels: name::convnext_atto_rms author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnext_atto_rms: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/convnext.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnext_atto_rms", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
