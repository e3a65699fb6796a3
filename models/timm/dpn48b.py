# labels: name::dpn48b author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dpn48b: DPN (dual path network), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/dpn.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dpn48b", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
