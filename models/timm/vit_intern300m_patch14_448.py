# labels: name::vit_intern300m_patch14_448 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_intern300m_patch14_448: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/vit_intern300m_patch14_448.ogvl_dist
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vit_intern300m_patch14_448", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
