# labels: name::mobilenet_v1 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MobileNetV1 image model, built from transformers.MobileNetV1Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mobilenet_v1
"""
import torch
from transformers import MobileNetV1Config, MobileNetV1Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = MobileNetV1Config()
model = MobileNetV1Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
