# labels: name::yolos author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
YOLOS (base) detector backbone, built from transformers.YolosConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/yolos
"""
import torch
from transformers import YolosConfig, YolosModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = YolosConfig(image_size=[height, width], num_channels=num_channels)
model = YolosModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
