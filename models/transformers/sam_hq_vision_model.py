# labels: name::sam_hq_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
SamHQVision image model, built from transformers.SamHQVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam_hq_vision_model
"""
import torch
from transformers import SamHQVisionConfig, SamHQVisionModel

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = SamHQVisionConfig()
model = SamHQVisionModel(config)
# It takes only its config's image size, 1024x1024 (position embeddings or patch grid fixed when built).
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, 1024, 1024),
}

model(**inputs)
