# labels: name::tiny_mamba_generate author::huggingface test_group::generate
"""A two-layer Mamba (hidden 32) generating max_new_tokens tokens greedily: its cache holds a
recurrent state, not positions (transformers' get_seq_length raises on it)."""
import torch
from transformers import MambaConfig, MambaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = MambaConfig(num_hidden_layers=2, hidden_size=32, state_size=4, vocab_size=128)
model = MambaForCausalLM(config).eval()
input_ids = torch.randint(config.vocab_size, (batch_size, max_seq_length))

model.generate(input_ids, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
