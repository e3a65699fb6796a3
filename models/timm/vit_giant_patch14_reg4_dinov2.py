# labels: name::vit_giant_patch14_reg4_dinov2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_giant_patch14_reg4_dinov2: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/vit_giant_patch14_reg4_dinov2.lvd142m
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vit_giant_patch14_reg4_dinov2", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 518x518.
inputs = {"x": torch.rand(batch_size, num_channels, 518, 518)}

model(**inputs)
