# labels: name::mask2former author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Mask2Former image model, built from transformers.Mask2FormerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mask2former
"""
import torch
from transformers import Mask2FormerConfig, Mask2FormerModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Mask2FormerConfig()
model = Mask2FormerModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
