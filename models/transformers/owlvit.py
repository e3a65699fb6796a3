# labels: name::owlvit author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
OWL-ViT B/32 image-text backbone, built from transformers.OwlViTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/owlvit
"""
import torch
from transformers import OwlViTConfig, OwlViTModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

# the text tower keeps its 16 positions unless the sequence is longer
config = OwlViTConfig(
    text_config={"max_position_embeddings": max(16, max_seq_length)},
    vision_config={"image_size": height, "num_channels": num_channels},
)
model = OwlViTModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
