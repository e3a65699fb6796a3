# labels: name::dinov2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DINOv2 (base), built from transformers.Dinov2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dinov2
"""
import torch
from transformers import Dinov2Config, Dinov2Model

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = Dinov2Config(num_channels=num_channels)
model = Dinov2Model(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
