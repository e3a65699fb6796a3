# labels: name::mobilevitv2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MobileViTV2 image model, built from transformers.MobileViTV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mobilevitv2
"""
import torch
from transformers import MobileViTV2Config, MobileViTV2Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = MobileViTV2Config()
model = MobileViTV2Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
