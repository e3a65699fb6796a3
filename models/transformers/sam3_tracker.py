# labels: name::sam3_tracker author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Sam3Tracker image model, built from transformers.Sam3TrackerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam3_tracker
"""
import torch
from transformers import Sam3TrackerConfig, Sam3TrackerModel

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = Sam3TrackerConfig()
model = Sam3TrackerModel(config)
# It takes only its config's image size, 1008x1008 (position embeddings or patch grid fixed when built).
inputs = {
    "pixel_values": torch.randn(batch_size, 3, 1008, 1008),
}

model(**inputs)
