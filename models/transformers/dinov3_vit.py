# labels: name::dinov3_vit author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DINOv3ViT image model, built from transformers.DINOv3ViTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dinov3_vit
"""
import torch
from transformers import DINOv3ViTConfig, DINOv3ViTModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = DINOv3ViTConfig()
model = DINOv3ViTModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
