# labels: name::fastvit_mci1 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fastvit_mci1: FastViT (hybrid vision transformer with structural reparameterization), built by timm with random weights.

Source: https://huggingface.co/apple/mobileclip_s1_timm
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fastvit_mci1", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
