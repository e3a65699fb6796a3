# labels: name::naflexvit_base_patch16_parfac_gap author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
naflexvit_base_patch16_parfac_gap: NaFlex vision transformer (flexible-resolution ViT), built by timm with random weights.

Source: https://huggingface.co/timm/naflexvit_base_patch16_parfac_gap.e300_s576_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("naflexvit_base_patch16_parfac_gap", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
