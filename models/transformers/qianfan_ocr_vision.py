# labels: name::qianfan_ocr_vision author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
QianfanOCRVision image model, built from transformers.QianfanOCRVisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qianfan_ocr_vision
"""
import torch
from transformers import QianfanOCRVisionConfig, QianfanOCRVisionModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = QianfanOCRVisionConfig()
model = QianfanOCRVisionModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
