# labels: name::lowformer_b2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
lowformer_b2: LowFormer (hardware-efficient convolutional transformer), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/lowformer.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("lowformer_b2", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
