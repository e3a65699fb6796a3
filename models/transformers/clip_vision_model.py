# labels: name::clip_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
CLIPVision image model, built from transformers.CLIPVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/clip_vision_model
"""
import torch
from transformers import CLIPVisionConfig, CLIPVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = CLIPVisionConfig()
model = CLIPVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
