# labels: name::rwkv author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
RWKV-4 169M and its language-modeling head, built from transformers.RwkvConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/docs/transformers/model_doc/rwkv
"""
import torch
from transformers import RwkvConfig, RwkvForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = RwkvConfig(hidden_size=768, num_hidden_layers=12, context_length=1024)
model = RwkvForCausalLM(config).eval()
inputs = {"input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length))}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
