# labels: name::vit_base_patch16_dinov3 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_base_patch16_dinov3: EVA-family vision transformer (EVA, EVA-02 and related encoders), built by timm with random weights.

Source: https://huggingface.co/timm/vit_base_patch16_dinov3.lvd1689m
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vit_base_patch16_dinov3", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
