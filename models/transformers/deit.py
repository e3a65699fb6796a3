# labels: name::deit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DeiT (base, distilled token), built from transformers.DeiTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/deit
"""
import torch
from transformers import DeiTConfig, DeiTModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = DeiTConfig(image_size=(height, width), num_channels=num_channels)
model = DeiTModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
