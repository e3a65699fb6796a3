# labels: name::davit_tiny author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
davit_tiny: DaViT (dual attention vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/davit_tiny.msft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("davit_tiny", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
