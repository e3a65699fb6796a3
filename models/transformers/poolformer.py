# labels: name::poolformer author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PoolFormer-S12, built from transformers.PoolFormerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/poolformer
"""
import torch
from transformers import PoolFormerConfig, PoolFormerModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = PoolFormerConfig(num_channels=num_channels)
model = PoolFormerModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
