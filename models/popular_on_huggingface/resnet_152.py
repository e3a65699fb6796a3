# labels: name::resnet_152 author::microsoft task::Computer_Vision license::apache-2.0 test_group::daily hub_id::microsoft/resnet-152
"""
ResNet-152 image classifier (1000 labels), built from transformers.ResNetConfig with random weights.

Source: https://huggingface.co/microsoft/resnet-152
"""
import torch
from transformers import ResNetConfig, ResNetForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ResNetConfig(
    num_channels=3,
    embedding_size=64,
    hidden_sizes=[256, 512, 1024, 2048],
    depths=[3, 8, 36, 3],
    layer_type="bottleneck",
    hidden_act="relu",
    downsample_in_first_stage=False,
    num_labels=1000,
)
model = ResNetForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
