# labels: name::tiny_gpt2_generate author::huggingface test_group::generate
"""A two-layer GPT-2 language model (n_embd 32) with 64 learned positions, generating
max_new_tokens tokens greedily from a max_seq_length prompt."""
import torch
from transformers import GPT2Config, GPT2LMHeadModel

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = GPT2Config(n_layer=2, n_embd=32, n_head=2, vocab_size=128, n_positions=64)
model = GPT2LMHeadModel(config).eval()
input_ids = torch.randint(config.vocab_size, (batch_size, max_seq_length))
attention_mask = torch.ones(batch_size, max_seq_length, dtype=torch.long)

model.generate(input_ids, attention_mask=attention_mask, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens,
               do_sample=False)
