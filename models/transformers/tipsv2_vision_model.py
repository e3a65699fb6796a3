# labels: name::tipsv2_vision_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Tipsv2Vision image model, built from transformers.Tipsv2VisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/tipsv2_vision_model
"""
import torch
from transformers import Tipsv2VisionConfig, Tipsv2VisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Tipsv2VisionConfig()
model = Tipsv2VisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
