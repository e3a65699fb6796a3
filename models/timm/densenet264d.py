# labels: name::densenet264d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
densenet264d: DenseNet (densely connected convolutional network), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/densenet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("densenet264d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
