# labels: name::conditional_detr author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
ConditionalDetr image model, built from transformers.ConditionalDetrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/conditional_detr
"""
import torch
from transformers import ConditionalDetrConfig, ConditionalDetrModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = ConditionalDetrConfig()
model = ConditionalDetrModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
