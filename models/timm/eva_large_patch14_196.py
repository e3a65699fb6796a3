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
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 196x196.
inputs = {"x": torch.rand(batch_size, num_channels, 196, 196)}

model(**inputs)
