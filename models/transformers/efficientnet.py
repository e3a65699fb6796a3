# labels: name::efficientnet author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
EfficientNet-B7 (the config's defaults), built from transformers.EfficientNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/efficientnet
"""
import torch
from transformers import EfficientNetConfig, EfficientNetModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = EfficientNetConfig(image_size=height, num_channels=num_channels)
model = EfficientNetModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
