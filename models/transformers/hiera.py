# labels: name::hiera author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Hiera image model, built from transformers.HieraConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/hiera
"""
import torch
from transformers import HieraConfig, HieraModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = HieraConfig()
model = HieraModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
