# labels: name::segformer author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily,smoke
"""
SegFormer MiT-b0 encoder, built from transformers.SegformerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/segformer
"""
import torch
from transformers import SegformerConfig, SegformerModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = SegformerConfig(num_channels=num_channels)
model = SegformerModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
