# labels: name::convnextv2_femto author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnextv2_femto: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/convnextv2_femto.fcmae_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnextv2_femto", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
