# labels: name::pvt author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Pvt image model, built from transformers.PvtConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pvt
"""
import torch
from transformers import PvtConfig, PvtModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PvtConfig()
model = PvtModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
