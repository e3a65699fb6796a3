# labels: name::bit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
BiT ResNetV2-50, built from transformers.BitConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/bit
"""
import torch
from transformers import BitConfig, BitModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = BitConfig(num_channels=num_channels)
model = BitModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
