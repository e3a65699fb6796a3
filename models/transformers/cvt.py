# labels: name::cvt author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
CvT-13, built from transformers.CvtConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/cvt
"""
import torch
from transformers import CvtConfig, CvtModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = CvtConfig(num_channels=num_channels)
model = CvtModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
