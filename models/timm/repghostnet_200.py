# labels: name::repghostnet_200 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
repghostnet_200: RepGhostNet (GhostNet with reparameterized feature reuse), built by timm with random weights.

Source: https://huggingface.co/timm/repghostnet_200.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("repghostnet_200", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
