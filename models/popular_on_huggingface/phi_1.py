# labels: name::phi_1 author::microsoft task::Generative_AI license::mit test_group::daily hub_id::microsoft/phi-1
"""
Phi-1 (1.3B) Python code causal language model, built from transformers.PhiConfig with random weights.

Source: https://huggingface.co/microsoft/phi-1
"""
import torch
from transformers import PhiConfig, PhiForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PhiConfig(
    vocab_size=51200,
    hidden_size=2048,
    intermediate_size=8192,
    num_hidden_layers=24,
    num_attention_heads=32,
    num_key_value_heads=32,
    hidden_act="gelu_new",
    max_position_embeddings=2048,
    layer_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5},
    tie_word_embeddings=False,
    bos_token_id=50256,
    eos_token_id=50256,
)
model = PhiForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
