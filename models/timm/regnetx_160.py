# labels: name::regnetx_160 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetx_160: RegNet (RegNetX, RegNetY, RegNetZ), built by timm with random weights.

Source: https://huggingface.co/timm/regnetx_160.tv2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetx_160", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
