# labels: name::layoutlmv3 author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
LayoutLMv3 (base) text, layout and image encoder, built from transformers.LayoutLMv3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/layoutlmv3
"""
import torch
from transformers import LayoutLMv3Config, LayoutLMv3Model

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

config = LayoutLMv3Config(input_size=height, num_channels=num_channels)
model = LayoutLMv3Model(config)
xy = torch.randint(500, (batch_size, max_seq_length, 2))
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "bbox": torch.cat([xy, xy + torch.randint(500, (batch_size, max_seq_length, 2))], dim=-1),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
