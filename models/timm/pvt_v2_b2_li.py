# labels: name::pvt_v2_b2_li author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
pvt_v2_b2_li: PVT v2 (pyramid vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/pvt_v2_b2_li.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("pvt_v2_b2_li", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
