# labels: name::vitamin_large_384 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vitamin_large_384: ViTamin (a vision transformer designed for vision-language models), built by timm with random weights.

Source: https://huggingface.co/jienengchen/ViTamin-L-384px
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vitamin_large_384", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 384x384.
inputs = {"x": torch.rand(batch_size, num_channels, 384, 384)}

model(**inputs)
