# labels: name::vit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ViT-B/16, built from transformers.ViTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vit
"""
import torch
from transformers import ViTConfig, ViTModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ViTConfig(image_size=(height, width), num_channels=num_channels)
model = ViTModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
