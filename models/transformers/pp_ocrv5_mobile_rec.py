# labels: name::pp_ocrv5_mobile_rec author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PPOCRV5MobileRec image model, built from transformers.PPOCRV5MobileRecConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pp_ocrv5_mobile_rec
"""
import torch
from transformers import PPOCRV5MobileRecConfig, PPOCRV5MobileRecModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PPOCRV5MobileRecConfig()
model = PPOCRV5MobileRecModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, 3, height, width),
}

model(**inputs)
