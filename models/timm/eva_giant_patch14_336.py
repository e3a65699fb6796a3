# labels: name::eva_giant_patch14_336 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
eva_giant_patch14_336: EVA-family vision transformer (EVA, EVA-02 and related encoders), built by timm with random weights.

Source: https://huggingface.co/timm/eva_giant_patch14_336.clip_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("eva_giant_patch14_336", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 336x336.
inputs = {"x": torch.rand(batch_size, num_channels, 336, 336)}

model(**inputs)
