# labels: name::bloom author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
BLOOM 560M, built from transformers.BloomConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/bloom
"""
import torch
from transformers import BloomConfig, BloomModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BloomConfig(hidden_size=1024, n_layer=24, n_head=16)
model = BloomModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
