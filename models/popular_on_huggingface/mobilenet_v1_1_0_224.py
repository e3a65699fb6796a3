# labels: name::mobilenet_v1_1_0_224 author::google task::Computer_Vision license::other test_group::daily hub_id::google/mobilenet_v1_1.0_224
"""
MobileNet V1 1.0 image classifier (1001 labels), built from transformers.MobileNetV1Config with random weights.

Source: https://huggingface.co/google/mobilenet_v1_1.0_224
"""
import torch
from transformers import MobileNetV1Config, MobileNetV1ForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = MobileNetV1Config(
    num_channels=3,
    image_size=224,
    depth_multiplier=1.0,
    min_depth=8,
    hidden_act="relu6",
    tf_padding=True,
    num_labels=1001,
)
model = MobileNetV1ForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
