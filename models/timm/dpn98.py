# labels: name::dpn98 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dpn98: DPN (dual path network), built by timm with random weights.

Source: https://huggingface.co/timm/dpn98.mx_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dpn98", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
