# labels: name::beit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
BEiT (base), built from transformers.BeitConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/beit
"""
import torch
from transformers import BeitConfig, BeitModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = BeitConfig(image_size=(height, width), num_channels=num_channels)
model = BeitModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
