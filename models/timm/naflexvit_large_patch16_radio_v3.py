# labels: name::naflexvit_large_patch16_radio_v3 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
naflexvit_large_patch16_radio_v3: NaFlex vision transformer (flexible-resolution ViT), built by timm with random weights.

Source: https://huggingface.co/timm/naflexvit_large_patch16_radio_v3.c_radio
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("naflexvit_large_patch16_radio_v3", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
