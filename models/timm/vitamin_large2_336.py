# labels: name::vitamin_large2_336 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vitamin_large2_336: ViTamin (a vision transformer designed for vision-language models), built by timm with random weights.

Source: https://huggingface.co/jienengchen/ViTamin-L2-336px
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vitamin_large2_336", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 336x336.
inputs = {"x": torch.rand(batch_size, num_channels, 336, 336)}

model(**inputs)
