# labels: name::d_fine author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DFine image model, built from transformers.DFineConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/d_fine
"""
import torch
from transformers import DFineConfig, DFineModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = DFineConfig()
model = DFineModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
