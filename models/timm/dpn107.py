# labels: name::dpn107 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dpn107: DPN (dual path network), built by timm with random weights.

Source: https://huggingface.co/timm/dpn107.mx_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dpn107", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
