# labels: name::mgp_str author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
Mgpstr image model, built from transformers.MgpstrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mgp_str
"""
import torch
from transformers import MgpstrConfig, MgpstrForSceneTextRecognition

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = MgpstrConfig()
model = MgpstrForSceneTextRecognition(config)
# It takes only its config's image size, 32x128 (position embeddings or patch grid fixed when built).
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, 32, 128),
}

model(**inputs)
