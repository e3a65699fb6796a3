# labels: name::regnetx_040 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetx_040: RegNet (RegNetX, RegNetY, RegNetZ), built by timm with random weights.

Source: https://huggingface.co/timm/regnetx_040.pycls_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetx_040", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
