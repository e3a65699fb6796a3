# labels: name::levit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
LeViT-128S, built from transformers.LevitConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/levit
"""
import torch
from transformers import LevitConfig, LevitModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = LevitConfig(image_size=height, num_channels=num_channels)
# eval mode: at small images the last stage is one token, which train-mode BatchNorm rejects
model = LevitModel(config).eval()
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
