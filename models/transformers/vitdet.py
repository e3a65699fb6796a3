# labels: name::vitdet author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
VitDet image model, built from transformers.VitDetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vitdet
"""
import torch
from transformers import VitDetConfig, VitDetModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = VitDetConfig()
model = VitDetModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
