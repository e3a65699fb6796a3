# labels: name::dpn131 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dpn131: DPN (dual path network), built by timm with random weights.

Source: https://huggingface.co/timm/dpn131.mx_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dpn131", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
