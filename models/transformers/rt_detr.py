# labels: name::rt_detr author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
RTDetr image model, built from transformers.RTDetrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/rt_detr
"""
import torch
from transformers import RTDetrConfig, RTDetrModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = RTDetrConfig()
model = RTDetrModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
