# labels: name::swiftformer author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
SwiftFormer image model, built from transformers.SwiftFormerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/swiftformer
"""
import torch
from transformers import SwiftFormerConfig, SwiftFormerModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = SwiftFormerConfig()
model = SwiftFormerModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
