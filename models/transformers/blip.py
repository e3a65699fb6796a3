# labels: name::blip author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
BLIP image-text model (base), built from transformers.BlipConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/blip
"""
import torch
from transformers import BlipConfig, BlipModel

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

# BLIP's patch embedding always takes 3-channel images
config = BlipConfig(vision_config={"image_size": height})
model = BlipModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, 3, height, width),
}

model(**inputs)
