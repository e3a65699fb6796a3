# labels: name::ijepa author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
IJepa image model, built from transformers.IJepaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/ijepa
"""
import torch
from transformers import IJepaConfig, IJepaModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = IJepaConfig()
model = IJepaModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
