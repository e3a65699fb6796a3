# labels: name::olmo_1b_hf author::allenai task::Generative_AI license::apache-2.0 test_group::daily hub_id::allenai/OLMo-1B-hf
"""
OLMo 1B fully open causal language model, built from transformers.OlmoConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/allenai/OLMo-1B-hf
"""
import torch
from transformers import OlmoConfig, OlmoForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = OlmoConfig(
    vocab_size=50304,
    hidden_size=2048,
    intermediate_size=8192,
    num_hidden_layers=16,
    num_attention_heads=16,
    num_key_value_heads=16,
    hidden_act="silu",
    max_position_embeddings=2048,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
    clip_qkv=None,
    tie_word_embeddings=True,
    pad_token_id=1,
    bos_token_id=None,
    eos_token_id=50279,
)
model = OlmoForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
