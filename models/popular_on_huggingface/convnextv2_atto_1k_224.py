# labels: name::convnextv2_atto_1k_224 author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/convnextv2-atto-1k-224
"""
ConvNeXt V2-atto image classifier (1000 labels), built from transformers.ConvNextV2Config with random weights.

Source: https://huggingface.co/facebook/convnextv2-atto-1k-224
"""
import torch
from transformers import ConvNextV2Config, ConvNextV2ForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = ConvNextV2Config(
    num_channels=3,
    patch_size=4,
    num_stages=4,
    hidden_sizes=[40, 80, 160, 320],
    depths=[2, 2, 6, 2],
    hidden_act="gelu",
    drop_path_rate=0.0,
    num_labels=1000,
)
model = ConvNextV2ForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
