# labels: name::phi_3_mini_4k_instruct author::microsoft task::Generative_AI license::mit test_group::daily hub_id::microsoft/Phi-3-mini-4k-instruct variant::one_layer
"""
Phi-3-mini-4k-instruct (3.8B) causal language model, one of its 32 decoder layers, built from transformers.Phi3Config with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/microsoft/Phi-3-mini-4k-instruct
"""
import torch
from transformers import Phi3Config, Phi3ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 32 layers; one is built with the real hyperparameters (variant::one_layer)
config = Phi3Config(
    vocab_size=32064,
    hidden_size=3072,
    intermediate_size=8192,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=32,
    hidden_act="silu",
    max_position_embeddings=4096,
    original_max_position_embeddings=4096,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
    sliding_window=2047,
    tie_word_embeddings=False,
    bos_token_id=1,
    eos_token_id=32000,
    pad_token_id=32000,
)
model = Phi3ForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
