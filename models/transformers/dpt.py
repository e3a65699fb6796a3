# labels: name::dpt author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DPT-Large-shaped dense prediction transformer (ViT-B defaults), built from transformers.DPTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dpt
"""
import torch
from transformers import DPTConfig, DPTForDepthEstimation

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = DPTConfig(image_size=height, num_channels=num_channels)
model = DPTForDepthEstimation(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
