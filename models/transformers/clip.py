# labels: name::clip author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
CLIP ViT-B/32, built from transformers.CLIPConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/clip
"""
import torch
from transformers import CLIPConfig, CLIPModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

# the text tower keeps its 77 positions unless the sequence is longer
config = CLIPConfig(
    text_config={"max_position_embeddings": max(77, max_seq_length)},
    vision_config={"image_size": height, "num_channels": num_channels},
)
model = CLIPModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
