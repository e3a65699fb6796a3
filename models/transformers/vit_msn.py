# labels: name::vit_msn author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ViTMSN image model, built from transformers.ViTMSNConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vit_msn
"""
import torch
from transformers import ViTMSNConfig, ViTMSNModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = ViTMSNConfig()
model = ViTMSNModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
