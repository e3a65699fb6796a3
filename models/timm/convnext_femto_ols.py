# labels: name::convnext_femto_ols author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnext_femto_ols: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/convnext_femto_ols.d1_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnext_femto_ols", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
