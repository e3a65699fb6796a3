# labels: name::pixio author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Pixio image model, built from transformers.PixioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pixio
"""
import torch
from transformers import PixioConfig, PixioModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PixioConfig()
model = PixioModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
