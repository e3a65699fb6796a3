# labels: name::chinese_clip_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ChineseCLIPVision image model, built from transformers.ChineseCLIPVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/chinese_clip_vision_model
"""
import torch
from transformers import ChineseCLIPVisionConfig, ChineseCLIPVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = ChineseCLIPVisionConfig()
model = ChineseCLIPVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
