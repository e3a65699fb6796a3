# labels: name::sapiens2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Sapiens2 image model, built from transformers.Sapiens2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sapiens2
"""
import torch
from transformers import Sapiens2Config, Sapiens2Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Sapiens2Config()
model = Sapiens2Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
