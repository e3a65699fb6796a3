# labels: name::focalnet author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
FocalNet (tiny), built from transformers.FocalNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/focalnet
"""
import torch
from transformers import FocalNetConfig, FocalNetModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = FocalNetConfig(image_size=(height, width), num_channels=num_channels)
model = FocalNetModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
