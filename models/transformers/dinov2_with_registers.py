# labels: name::dinov2_with_registers author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Dinov2WithRegisters image model, built from transformers.Dinov2WithRegistersConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dinov2_with_registers
"""
import torch
from transformers import Dinov2WithRegistersConfig, Dinov2WithRegistersModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Dinov2WithRegistersConfig()
model = Dinov2WithRegistersModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
