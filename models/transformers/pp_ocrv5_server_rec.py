# labels: name::pp_ocrv5_server_rec author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PPOCRV5ServerRec image model, built from transformers.PPOCRV5ServerRecConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pp_ocrv5_server_rec
"""
import torch
from transformers import PPOCRV5ServerRecConfig, PPOCRV5ServerRecModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PPOCRV5ServerRecConfig()
model = PPOCRV5ServerRecModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
