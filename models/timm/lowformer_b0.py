# labels: name::lowformer_b0 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
lowformer_b0: LowFormer (hardware-efficient convolutional transformer), built by timm with random weights.

Source: https://huggingface.co/timm/lowformer_b0.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("lowformer_b0", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
