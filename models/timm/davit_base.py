# labels: name::davit_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
davit_base: DaViT (dual attention vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/davit_base.msft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("davit_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
