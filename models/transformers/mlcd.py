# labels: name::mlcd author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MLCDVision image model, built from transformers.MLCDVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mlcd
"""
import torch
from transformers import MLCDVisionConfig, MLCDVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = MLCDVisionConfig()
model = MLCDVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
