# labels: name::convnextv2_base_22k_224 author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/convnextv2-base-22k-224
"""
ConvNeXt V2-base image classifier (ImageNet-22k pre-trained, 1000 labels), built from transformers.ConvNextV2Config with random weights.

Source: https://huggingface.co/facebook/convnextv2-base-22k-224
"""
import torch
from transformers import ConvNextV2Config, ConvNextV2ForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ConvNextV2Config(
    num_channels=3,
    patch_size=4,
    num_stages=4,
    hidden_sizes=[128, 256, 512, 1024],
    depths=[3, 3, 27, 3],
    hidden_act="gelu",
    drop_path_rate=0.0,
    num_labels=1000,
)
model = ConvNextV2ForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
