# labels: name::cs3sedarknet_xdw author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cs3sedarknet_xdw: CSPNet (cross stage partial network: CSPResNet, CSPDarkNet and similar), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/cspnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cs3sedarknet_xdw", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
