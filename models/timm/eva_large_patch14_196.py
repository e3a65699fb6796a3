# labels: name::eva_large_patch14_196 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
eva_large_patch14_196: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/eva_large_patch14_196.in22k_ft_in22k_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("eva_large_patch14_196", pretrained=False)
# It takes 196x196 images only, its own input size (timm's pretrained_cfg), not the default 224x224.
inputs = {"x": torch.rand(batch_size, num_channels, 196, 196)}

model(**inputs)
