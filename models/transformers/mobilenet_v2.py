# labels: name::mobilenet_v2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily,smoke
"""
MobileNetV2 1.0, built from transformers.MobileNetV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mobilenet_v2
"""
import torch
from transformers import MobileNetV2Config, MobileNetV2Model

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = MobileNetV2Config(image_size=height, num_channels=num_channels)
model = MobileNetV2Model(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
