# labels: name::rt_detr_v2 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
RTDetrV2 image model, built from transformers.RTDetrV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/rt_detr_v2
"""
import torch
from transformers import RTDetrV2Config, RTDetrV2Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = RTDetrV2Config()
model = RTDetrV2Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
