# labels: name::naflexvit_so400m_patch16_radio_v4 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
naflexvit_so400m_patch16_radio_v4: NaFlex vision transformer (flexible-resolution ViT), built by timm with random weights.

Source: https://huggingface.co/timm/naflexvit_so400m_patch16_radio_v4.c_radio
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("naflexvit_so400m_patch16_radio_v4", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
