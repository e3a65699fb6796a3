# labels: name::eva_giant_patch14_560 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
eva_giant_patch14_560: EVA-family vision transformer (EVA, EVA-02 and related encoders), built by timm with random weights.

Source: https://huggingface.co/timm/eva_giant_patch14_560.m30m_ft_in22k_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("eva_giant_patch14_560", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 560x560.
inputs = {"x": torch.rand(batch_size, num_channels, 560, 560)}

model(**inputs)
