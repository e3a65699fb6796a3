# labels: name::sam3_vit_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Sam3ViT image model, built from transformers.Sam3ViTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam3_vit_model
"""
import torch
from transformers import Sam3ViTConfig, Sam3ViTModel

from mlagility.parser import parse

batch_size = parse(["batch_size"])

config = Sam3ViTConfig()
model = Sam3ViTModel(config)
# It takes only its config's image size, 1008x1008 (position embeddings or patch grid fixed when built).
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, 1008, 1008),
}

model(**inputs)
