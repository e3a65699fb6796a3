# labels: name::vit_base_mci_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_base_mci_224: hybrid Vision Transformer (a CNN stem feeding ViT), built by timm with random weights.

Source: https://huggingface.co/apple/mobileclip_b_lt_timm
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("vit_base_mci_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
