# labels: name::maskformer_swin author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MaskFormerSwin image model, built from transformers.MaskFormerSwinConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/maskformer_swin
"""
import torch
from transformers import MaskFormerSwinConfig, MaskFormerSwinModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = MaskFormerSwinConfig()
model = MaskFormerSwinModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
