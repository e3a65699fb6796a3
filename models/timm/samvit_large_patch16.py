# labels: name::samvit_large_patch16 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
samvit_large_patch16: Vision Transformer (the Segment Anything image encoder), built by timm with random weights.

Source: https://huggingface.co/timm/samvit_large_patch16.sa1b
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("samvit_large_patch16", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
