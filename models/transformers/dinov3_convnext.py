# labels: name::dinov3_convnext author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DINOv3ConvNext image model, built from transformers.DINOv3ConvNextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dinov3_convnext
"""
import torch
from transformers import DINOv3ConvNextConfig, DINOv3ConvNextModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = DINOv3ConvNextConfig()
model = DINOv3ConvNextModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
