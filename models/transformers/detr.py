# labels: name::detr author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DETR with a transformers ResNet-50 backbone, built from transformers.DetrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/detr
"""
import torch
from transformers import DetrConfig, DetrModel, ResNetConfig

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = DetrConfig(
    backbone_config=ResNetConfig(num_channels=num_channels, out_features=["stage4"]),
    use_timm_backbone=False,
    use_pretrained_backbone=False,
)
model = DetrModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
