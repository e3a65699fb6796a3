# labels: name::eva02_large_patch14_clip_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
eva02_large_patch14_clip_224: EVA-family vision transformer (EVA, EVA-02 and related encoders), built by timm with random weights.

Source: https://huggingface.co/timm/eva02_large_patch14_clip_224.merged2b
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("eva02_large_patch14_clip_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
