# labels: name::granite_docling_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
GraniteDoclingVision image model, built from transformers.GraniteDoclingVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/granite_docling_vision
"""
import torch
from transformers import GraniteDoclingVisionConfig, GraniteDoclingVisionModel

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = GraniteDoclingVisionConfig()
model = GraniteDoclingVisionModel(config)
# It takes only its config's image size, 512x512 (position embeddings or patch grid fixed when built).
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, 512, 512),
}

model(**inputs)
