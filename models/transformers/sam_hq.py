# labels: name::sam_hq author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
SamHQ image model, built from transformers.SamHQConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam_hq
"""
import torch
from transformers import SamHQConfig, SamHQModel

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = SamHQConfig()
model = SamHQModel(config)
# It takes only its config's image size, 1024x1024 (position embeddings or patch grid fixed when built).
inputs = {
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 1024, 1024),
}

model(**inputs)
