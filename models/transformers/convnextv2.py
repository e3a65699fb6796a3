# labels: name::convnextv2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ConvNeXt V2 (tiny), built from transformers.ConvNextV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/convnextv2
"""
import torch
from transformers import ConvNextV2Config, ConvNextV2Model

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ConvNextV2Config(num_channels=num_channels)
model = ConvNextV2Model(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
