# labels: name::vision_text_dual_encoder author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
VisionTextDualEncoder text and image model, built from transformers.VisionTextDualEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vision_text_dual_encoder
"""
import torch
from transformers import VisionTextDualEncoderConfig, VisionTextDualEncoderModel

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

config = VisionTextDualEncoderConfig()
model = VisionTextDualEncoderModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, height, width),
}

model(**inputs)
