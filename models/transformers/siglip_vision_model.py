# labels: name::siglip_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
SiglipVision image model, built from transformers.SiglipVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/siglip_vision_model
"""
import torch
from transformers import SiglipVisionConfig, SiglipVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = SiglipVisionConfig()
model = SiglipVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
