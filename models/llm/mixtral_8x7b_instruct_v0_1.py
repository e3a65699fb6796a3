# labels: name::mixtral_8x7b_instruct_v0_1 author::mistralai task::Generative_AI license::apache-2.0 test_group::daily hub_id::mistralai/Mixtral-8x7B-Instruct-v0.1 variant::one_layer
"""
Mixtral 8x7B Instruct sparse mixture-of-experts causal language model (8 experts, 2 a token), one of its 32 decoder layers, built from transformers.MixtralConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1
"""
import torch
from transformers import MixtralConfig, MixtralForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 32 layers; one is built with the real hyperparameters (variant::one_layer)
config = MixtralConfig(
    vocab_size=32000,
    hidden_size=4096,
    intermediate_size=14336,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=8,
    head_dim=128,
    hidden_act="silu",
    max_position_embeddings=32768,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0},
    sliding_window=None,
    tie_word_embeddings=False,
    bos_token_id=1,
    eos_token_id=2,
    num_local_experts=8,
    num_experts_per_tok=2,
)
model = MixtralForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
