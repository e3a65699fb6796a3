# labels: name::idefics3_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Idefics3Vision image model, built from transformers.Idefics3VisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/idefics3_vision
"""
import torch
from transformers import Idefics3VisionConfig, Idefics3VisionTransformer

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Idefics3VisionConfig()
model = Idefics3VisionTransformer(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
