# labels: name::mobilenet_v2_1_4_224 author::google task::Computer_Vision license::other test_group::daily hub_id::google/mobilenet_v2_1.4_224
"""
MobileNet V2 1.4 image classifier (1001 labels), built from transformers.MobileNetV2Config with random weights.

Source: https://huggingface.co/google/mobilenet_v2_1.4_224
"""
import torch
from transformers import MobileNetV2Config, MobileNetV2ForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = MobileNetV2Config(
    num_channels=3,
    image_size=224,
    depth_multiplier=1.4,
    depth_divisible_by=8,
    min_depth=8,
    expand_ratio=6.0,
    output_stride=32,
    first_layer_is_expansion=True,
    finegrained_output=True,
    hidden_act="relu6",
    tf_padding=True,
    num_labels=1001,
)
model = MobileNetV2ForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
