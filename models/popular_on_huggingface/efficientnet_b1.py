# labels: name::efficientnet_b1 author::google task::Computer_Vision license::apache-2.0 test_group::daily hub_id::google/efficientnet-b1
"""
EfficientNet-B1 image classifier (1000 labels), built from transformers.EfficientNetConfig with random weights.

Source: https://huggingface.co/google/efficientnet-b1
"""
import torch
from transformers import EfficientNetConfig, EfficientNetForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = EfficientNetConfig(
    num_channels=3,
    image_size=240,
    width_coefficient=1.0,
    depth_coefficient=1.1,
    depth_divisor=8,
    hidden_act="swish",
    hidden_dim=1280,
    dropout_rate=0.2,
    num_labels=1000,
)
model = EfficientNetForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
