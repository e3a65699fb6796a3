# labels: name::regnet author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
RegNet (the config's defaults), built from transformers.RegNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/regnet
"""
import torch
from transformers import RegNetConfig, RegNetModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = RegNetConfig(num_channels=num_channels)
model = RegNetModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
