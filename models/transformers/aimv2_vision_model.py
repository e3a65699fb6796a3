# labels: name::aimv2_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Aimv2Vision image model, built from transformers.Aimv2VisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/aimv2_vision_model
"""
import torch
from transformers import Aimv2VisionConfig, Aimv2VisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Aimv2VisionConfig()
model = Aimv2VisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
