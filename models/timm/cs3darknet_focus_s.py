# labels: name::cs3darknet_focus_s author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cs3darknet_focus_s: CSPNet (cross stage partial network: CSPResNet, CSPDarkNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/cs3darknet_focus_s.ra4_e3600_r256_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cs3darknet_focus_s", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
