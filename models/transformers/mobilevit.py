# labels: name::mobilevit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MobileViT (small), built from transformers.MobileViTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mobilevit
"""
import torch
from transformers import MobileViTConfig, MobileViTModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = MobileViTConfig(image_size=height, num_channels=num_channels)
model = MobileViTModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
