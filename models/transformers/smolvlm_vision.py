# labels: name::smolvlm_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
SmolVLMVision image model, built from transformers.SmolVLMVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/smolvlm_vision
"""
import torch
from transformers import SmolVLMVisionConfig, SmolVLMVisionTransformer

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = SmolVLMVisionConfig()
model = SmolVLMVisionTransformer(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
