# labels: name::vit_mae author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ViTMAE image model, built from transformers.ViTMAEConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vit_mae
"""
import torch
from transformers import ViTMAEConfig, ViTMAEModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = ViTMAEConfig()
model = ViTMAEModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
