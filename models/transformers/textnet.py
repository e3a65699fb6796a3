# labels: name::textnet author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
TextNet image model, built from transformers.TextNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/textnet
"""
import torch
from transformers import TextNetConfig, TextNetModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = TextNetConfig()
model = TextNetModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, 3, height, width),
}

model(**inputs)
