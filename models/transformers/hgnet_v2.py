# labels: name::hgnet_v2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
HGNetV2 image model, built from transformers.HGNetV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/hgnet_v2
"""
import torch
from transformers import HGNetV2Config, HGNetV2Backbone

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = HGNetV2Config()
model = HGNetV2Backbone(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
