# labels: name::vit_base_patch16_clip_quickgelu_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_base_patch16_clip_quickgelu_224: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/vit_base_patch16_clip_224.metaclip_2pt5b
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vit_base_patch16_clip_quickgelu_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
