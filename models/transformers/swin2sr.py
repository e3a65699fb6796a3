# labels: name::swin2sr author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Swin2SR image model, built from transformers.Swin2SRConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/swin2sr
"""
import torch
from transformers import Swin2SRConfig, Swin2SRModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Swin2SRConfig()
model = Swin2SRModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
