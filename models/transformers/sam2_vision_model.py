# labels: name::sam2_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Sam2Vision image model, built from transformers.Sam2VisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam2_vision_model
"""
import torch
from transformers import Sam2VisionConfig, Sam2VisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Sam2VisionConfig()
model = Sam2VisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
