# labels: name::cs3edgenet_x author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cs3edgenet_x: CSPNet (cross stage partial network: CSPResNet, CSPDarkNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/cs3edgenet_x.c2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cs3edgenet_x", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
