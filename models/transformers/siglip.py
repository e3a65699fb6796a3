# labels: name::siglip author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
SigLIP base/16, built from transformers.SiglipConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/siglip
"""
import torch
from transformers import SiglipConfig, SiglipModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

# the text tower keeps its 64 positions unless the sequence is longer
config = SiglipConfig(
    text_config={"max_position_embeddings": max(64, max_seq_length)},
    vision_config={"image_size": height, "num_channels": num_channels},
)
model = SiglipModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
