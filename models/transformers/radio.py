# labels: name::radio author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Radio image model, built from transformers.RadioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/radio
"""
import torch
from transformers import RadioConfig, RadioModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = RadioConfig()
model = RadioModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
