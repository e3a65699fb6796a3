# labels: name::tiny_mixtral author::huggingface test_group::moe
"""A one-layer Mixtral (hidden 32, 4 experts, 2 per token): transformers 5 runs its experts as
grouped_mm, on cpu its own op transformers.grouped_mm_fallback."""
import torch
from transformers import MixtralConfig, MixtralModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MixtralConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                       num_key_value_heads=1, num_local_experts=4, num_experts_per_tok=2, vocab_size=128,
                       max_position_embeddings=64)
model = MixtralModel(config)
input_ids = torch.randint(0, config.vocab_size, (batch_size, max_seq_length))

model(input_ids)
