# labels: name::dpn68b author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dpn68b: DPN (dual path network), built by timm with random weights.

Source: https://huggingface.co/timm/dpn68b.ra_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dpn68b", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
