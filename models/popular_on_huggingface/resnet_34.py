# labels: name::resnet_34 author::microsoft task::Computer_Vision license::apache-2.0 test_group::daily hub_id::microsoft/resnet-34
"""
ResNet-34 image classifier (1000 labels), built from transformers.ResNetConfig with random weights.

Source: https://huggingface.co/microsoft/resnet-34
"""
import torch
from transformers import ResNetConfig, ResNetForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ResNetConfig(
    num_channels=3,
    embedding_size=64,
    hidden_sizes=[64, 128, 256, 512],
    depths=[3, 4, 6, 3],
    layer_type="basic",
    hidden_act="relu",
    downsample_in_first_stage=False,
    num_labels=1000,
)
model = ResNetForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
