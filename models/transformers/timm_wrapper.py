# labels: name::timm_wrapper author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
TimmWrapper image model, built from transformers.TimmWrapperConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/timm_wrapper
"""
import torch
from transformers import TimmWrapperConfig, TimmWrapperModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = TimmWrapperConfig()
model = TimmWrapperModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, 3, height, width),
}

model(**inputs)
