# labels: name::deformable_detr author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DeformableDetr image model, built from transformers.DeformableDetrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/deformable_detr
"""
import torch
from transformers import DeformableDetrConfig, DeformableDetrModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = DeformableDetrConfig()
model = DeformableDetrModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
