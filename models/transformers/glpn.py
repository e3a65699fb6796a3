# labels: name::glpn author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
GLPN depth estimation (KITTI-shaped defaults), built from transformers.GLPNConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/glpn
"""
import torch
from transformers import GLPNConfig, GLPNForDepthEstimation

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = GLPNConfig(num_channels=num_channels)
model = GLPNForDepthEstimation(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
