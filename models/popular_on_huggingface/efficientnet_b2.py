# labels: name::efficientnet_b2 author::google task::Computer_Vision license::apache-2.0 test_group::daily hub_id::google/efficientnet-b2
"""
EfficientNet-B2 image classifier (1000 labels), built from transformers.EfficientNetConfig with random weights.

Source: https://huggingface.co/google/efficientnet-b2
"""
import torch
from transformers import EfficientNetConfig, EfficientNetForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = EfficientNetConfig(
    num_channels=3,
    image_size=260,
    width_coefficient=1.1,
    depth_coefficient=1.2,
    depth_divisor=8,
    hidden_act="swish",
    hidden_dim=1408,
    dropout_rate=0.3,
    num_labels=1000,
)
model = EfficientNetForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
