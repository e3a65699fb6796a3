# labels: name::swinv2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Swin Transformer V2 (tiny), built from transformers.Swinv2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/swinv2
"""
import torch
from transformers import Swinv2Config, Swinv2Model

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = Swinv2Config(image_size=(height, width), num_channels=num_channels)
model = Swinv2Model(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
