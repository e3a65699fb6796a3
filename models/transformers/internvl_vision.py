# labels: name::internvl_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
InternVLVision image model, built from transformers.InternVLVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/internvl_vision
"""
import torch
from transformers import InternVLVisionConfig, InternVLVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = InternVLVisionConfig()
model = InternVLVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
