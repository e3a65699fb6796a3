# labels: name::tiny_gpt2 author::huggingface test_group::cache
"""A two-layer GPT-2 (n_embd 32): with use_cache left on, it returns a DynamicCache."""
import torch
from transformers import GPT2Config, GPT2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPT2Config(n_layer=2, n_embd=32, n_head=2, vocab_size=128, n_positions=64)
model = GPT2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
