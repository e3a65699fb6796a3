# labels: name::naflexvit_so150m2_patch16_reg1_gap author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
naflexvit_so150m2_patch16_reg1_gap: NaFlex vision transformer (flexible-resolution ViT), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/naflexvit.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("naflexvit_so150m2_patch16_reg1_gap", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
