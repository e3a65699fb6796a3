# labels: name::pixtral author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PixtralVision image model, built from transformers.PixtralVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pixtral
"""
import torch
from transformers import PixtralVisionConfig, PixtralVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PixtralVisionConfig()
model = PixtralVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
