# labels: name::tiny_llama_generate author::huggingface test_group::generate
"""A two-layer Llama (hidden 64) that generates max_new_tokens tokens greedily from a
max_seq_length prompt: generate calls the model once on the prompt (no cache) and then once per
new token, passing the DynamicCache it keeps appending to."""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = LlamaConfig(num_hidden_layers=2, hidden_size=64, intermediate_size=128, num_attention_heads=4,
                     num_key_value_heads=4, vocab_size=128, max_position_embeddings=64)
model = LlamaForCausalLM(config).eval()
input_ids = torch.randint(config.vocab_size, (batch_size, max_seq_length))
attention_mask = torch.ones(batch_size, max_seq_length, dtype=torch.long)

model.generate(input_ids, attention_mask=attention_mask, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens,
               do_sample=False)
