# labels: name::maskformer author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
MaskFormer image model, built from transformers.MaskFormerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/maskformer
"""
import torch
from transformers import MaskFormerConfig, MaskFormerModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = MaskFormerConfig()
model = MaskFormerModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.decoder_config.num_channels, height, width),
}

model(**inputs)
