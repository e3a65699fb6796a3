# labels: name::swin author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Swin Transformer (tiny), built from transformers.SwinConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/swin
"""
import torch
from transformers import SwinConfig, SwinModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# Swin-T's 7x7 window, shrunk only when the last stage (1/32 of the image) is smaller
config = SwinConfig(
    image_size=(height, width),
    num_channels=num_channels,
    window_size=min(7, height // 32, width // 32),
)
model = SwinModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
