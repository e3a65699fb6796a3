# labels: name::fastvit_s12 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fastvit_s12: FastViT (hybrid vision transformer with structural reparameterization), built by timm with random weights.

Source: https://huggingface.co/timm/fastvit_s12.apple_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fastvit_s12", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
