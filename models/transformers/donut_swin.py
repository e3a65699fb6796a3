# labels: name::donut_swin author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DonutSwin image model, built from transformers.DonutSwinConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/donut_swin
"""
import torch
from transformers import DonutSwinConfig, DonutSwinModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = DonutSwinConfig()
model = DonutSwinModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
