# labels: name::pp_ocrv6_small_rec author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PPOCRV6SmallRec image model, built from transformers.PPOCRV6SmallRecConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pp_ocrv6_small_rec
"""
import torch
from transformers import PPOCRV6SmallRecConfig, PPOCRV6SmallRecModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PPOCRV6SmallRecConfig()
model = PPOCRV6SmallRecModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
