# labels: name::dab_detr author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DabDetr image model, built from transformers.DabDetrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dab_detr
"""
import torch
from transformers import DabDetrConfig, DabDetrModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = DabDetrConfig()
model = DabDetrModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
