# labels: name::data2vec_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
data2vec-vision (base), built from transformers.Data2VecVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/data2vec
"""
import torch
from transformers import Data2VecVisionConfig, Data2VecVisionModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = Data2VecVisionConfig(image_size=(height, width), num_channels=num_channels)
model = Data2VecVisionModel(config)
inputs = {"pixel_values": torch.randn(batch_size, num_channels, height, width)}

model(**inputs)
