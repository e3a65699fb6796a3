# labels: name::pvt_v2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PVTv2-b0, built from transformers.PvtV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pvt_v2
"""
import torch
from transformers import PvtV2Config, PvtV2Model

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = PvtV2Config(image_size=height, num_channels=num_channels)
model = PvtV2Model(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
