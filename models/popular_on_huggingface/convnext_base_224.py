# labels: name::convnext_base_224 author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/convnext-base-224
"""
ConvNeXt-base image classifier (1000 labels), built from transformers.ConvNextConfig with random weights.

Source: https://huggingface.co/facebook/convnext-base-224
"""
import torch
from transformers import ConvNextConfig, ConvNextForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ConvNextConfig(
    num_channels=3,
    patch_size=4,
    num_stages=4,
    hidden_sizes=[128, 256, 512, 1024],
    depths=[3, 3, 27, 3],
    hidden_act="gelu",
    layer_scale_init_value=1e-06,
    drop_path_rate=0.0,
    num_labels=1000,
)
model = ConvNextForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
