# labels: name::davit_huge_fl author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
davit_huge_fl: DaViT (dual attention vision transformer), built by timm with random weights.

Source: https://huggingface.co/microsoft/Florence-2-large
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("davit_huge_fl", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
