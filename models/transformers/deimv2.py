# labels: name::deimv2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Deimv2 image model, built from transformers.Deimv2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/deimv2
"""
import torch
from transformers import Deimv2Config, Deimv2Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Deimv2Config()
model = Deimv2Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
