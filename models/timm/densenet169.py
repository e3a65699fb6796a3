# labels: name::densenet169 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
densenet169: DenseNet (densely connected convolutional network), built by timm with random weights.

Source: https://huggingface.co/timm/densenet169.tv_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("densenet169", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
