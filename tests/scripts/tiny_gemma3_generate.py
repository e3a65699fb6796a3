# labels: name::tiny_gemma3_generate author::huggingface test_group::generate
"""A two-layer Gemma 3 (hidden 64; one sliding-window layer, one global) generating
max_new_tokens tokens greedily: its cache's sliding layers hold an int64 scalar beside their keys
and values, which the ONNX exporter renames (cache_N_orig) when it takes it as an input."""
import torch
from transformers import Gemma3ForCausalLM, Gemma3TextConfig

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = Gemma3TextConfig(vocab_size=128, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                          num_attention_heads=2, num_key_value_heads=1, head_dim=32, max_position_embeddings=64,
                          sliding_window=8, layer_types=["sliding_attention", "full_attention"])
model = Gemma3ForCausalLM(config).eval()
input_ids = torch.randint(config.vocab_size, (batch_size, max_seq_length))
attention_mask = torch.ones(batch_size, max_seq_length, dtype=torch.long)

model.generate(input_ids, attention_mask=attention_mask, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens,
               do_sample=False)
