# labels: name::metaclip_2 author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
MetaClip2 text and image model, built from transformers.MetaClip2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/metaclip_2
"""
import torch
from transformers import MetaClip2Config, MetaClip2Model

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

config = MetaClip2Config()
model = MetaClip2Model(config)
# Its text takes at most config.text_config.max_position_embeddings tokens (its position table).
seq_length = min(max_seq_length, config.text_config.max_position_embeddings)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, seq_length)),
    "attention_mask": torch.ones(batch_size, seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, height, width),
}

model(**inputs)
