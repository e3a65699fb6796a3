# labels: name::gemma3n_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Gemma3nVision image model, built from transformers.Gemma3nVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gemma3n_vision
"""
import torch
from transformers import Gemma3nVisionConfig, TimmWrapperModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Gemma3nVisionConfig()
model = TimmWrapperModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, 3, height, width),
}

model(**inputs)
