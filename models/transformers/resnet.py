# labels: name::resnet author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ResNet-50, built from transformers.ResNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/resnet
"""
import torch
from transformers import ResNetConfig, ResNetModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ResNetConfig(num_channels=num_channels)
model = ResNetModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
