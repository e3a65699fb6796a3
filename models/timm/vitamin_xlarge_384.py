# labels: name::vitamin_xlarge_384 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vitamin_xlarge_384: ViTamin (a vision transformer designed for vision-language models), built by timm with random weights.

Source: https://huggingface.co/jienengchen/ViTamin-XL-384px
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vitamin_xlarge_384", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
