# labels: name::convnextv2_large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnextv2_large: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/convnextv2_large.fcmae_ft_in22k_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnextv2_large", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
