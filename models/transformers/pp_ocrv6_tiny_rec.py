# labels: name::pp_ocrv6_tiny_rec author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PPOCRV6TinyRec image model, built from transformers.PPOCRV6TinyRecConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pp_ocrv6_tiny_rec
"""
import torch
from transformers import PPOCRV6TinyRecConfig, PPOCRV6TinyRecModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PPOCRV6TinyRecConfig()
model = PPOCRV6TinyRecModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
