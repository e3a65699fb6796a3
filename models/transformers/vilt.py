# labels: name::vilt author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
ViLT (base) vision-and-language transformer, built from transformers.ViltConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vilt
"""
import torch
from transformers import ViltConfig, ViltModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

# the text embedding keeps its 40 positions unless the sequence is longer
config = ViltConfig(max_position_embeddings=max(40, max_seq_length), num_channels=num_channels)
model = ViltModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
