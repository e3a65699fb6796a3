# labels: name::nest_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nest_base: NesT (nested hierarchical transformer), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/nest.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nest_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
