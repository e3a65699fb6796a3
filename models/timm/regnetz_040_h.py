# labels: name::regnetz_040_h author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
regnetz_040_h: RegNet (RegNetX, RegNetY, RegNetZ), built by timm with random weights.

Source: https://huggingface.co/timm/regnetz_040_h.ra3_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("regnetz_040_h", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
