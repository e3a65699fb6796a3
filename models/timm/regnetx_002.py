# labels: name::regnetx_002 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetx_002: RegNet (RegNetX, RegNetY, RegNetZ), built by timm with random weights.

Source: https://huggingface.co/timm/regnetx_002.pycls_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetx_002", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
