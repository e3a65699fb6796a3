# labels: name::vit_base_patch16_224_miil author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_base_patch16_224_miil: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/vit_base_patch16_224_miil.in21k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vit_base_patch16_224_miil", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
