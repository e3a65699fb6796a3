# labels: name::cspdarknet53 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cspdarknet53: CSPNet (cross stage partial network: CSPResNet, CSPDarkNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/cspdarknet53.ra_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cspdarknet53", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
