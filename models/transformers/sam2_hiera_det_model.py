# labels: name::sam2_hiera_det_model author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Sam2HieraDet image model, built from transformers.Sam2HieraDetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam2_hiera_det_model
"""
import torch
from transformers import Sam2HieraDetConfig, Sam2HieraDetModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = Sam2HieraDetConfig()
model = Sam2HieraDetModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
