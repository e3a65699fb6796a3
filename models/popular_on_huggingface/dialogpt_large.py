# labels: name::dialogpt_large author::microsoft task::Generative_AI license::mit test_group::daily hub_id::microsoft/DialoGPT-large
"""
DialoGPT large conversational causal language model (GPT-2 large), built from transformers.GPT2Config with random weights.

Source: https://huggingface.co/microsoft/DialoGPT-large
"""
import torch
from transformers import GPT2Config, GPT2LMHeadModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPT2Config(
    vocab_size=50257,
    n_positions=1024,
    n_embd=1280,
    n_layer=36,
    n_head=20,
    activation_function="gelu_new",
    layer_norm_epsilon=1e-05,
    bos_token_id=50256,
    eos_token_id=50256,
)
model = GPT2LMHeadModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
