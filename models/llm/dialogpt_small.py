# labels: name::dialogpt_small author::microsoft task::Generative_AI license::mit test_group::daily hub_id::microsoft/DialoGPT-small
"""
DialoGPT small conversational causal language model (GPT-2 small), built from transformers.GPT2Config with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/microsoft/DialoGPT-small
"""
import torch
from transformers import GPT2Config, GPT2LMHeadModel

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = GPT2Config(
    vocab_size=50257,
    n_positions=1024,
    n_embd=768,
    n_layer=12,
    n_head=12,
    activation_function="gelu_new",
    layer_norm_epsilon=1e-05,
    bos_token_id=50256,
    eos_token_id=50256,
)
model = GPT2LMHeadModel(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
