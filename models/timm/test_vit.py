# labels: name::test_vit author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
test_vit: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/test_vit.r160_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("test_vit", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
