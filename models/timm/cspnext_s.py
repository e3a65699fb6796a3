# labels: name::cspnext_s author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cspnext_s: CSPNeXt (the RTMDet backbone), built by timm with random weights.

Source: https://huggingface.co/munehiro-k/cspnext_s.rsb_a1_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cspnext_s", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
