# labels: name::convnext author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ConvNeXt (tiny), built from transformers.ConvNextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/convnext
"""
import torch
from transformers import ConvNextConfig, ConvNextModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ConvNextConfig(num_channels=num_channels)
model = ConvNextModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
