# labels: name::tiny_llama_prompt author::huggingface test_group::generate
"""A two-layer Llama causal language model (hidden 64) called once on a max_seq_length prompt, as
the corpora's prefill scripts call theirs: no cache passed, no generate."""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LlamaConfig(num_hidden_layers=2, hidden_size=64, intermediate_size=128, num_attention_heads=4,
                     num_key_value_heads=4, vocab_size=128, max_position_embeddings=64)
model = LlamaForCausalLM(config).eval()
input_ids = torch.randint(config.vocab_size, (batch_size, max_seq_length))

model(input_ids)
