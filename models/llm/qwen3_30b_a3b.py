# labels: name::qwen3_30b_a3b author::Qwen task::Generative_AI license::apache-2.0 test_group::daily hub_id::Qwen/Qwen3-30B-A3B variant::one_layer
"""
Qwen3-30B-A3B mixture-of-experts causal language model (128 experts, 8 a token), one of its 48 decoder layers, built from transformers.Qwen3MoeConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/Qwen/Qwen3-30B-A3B
"""
import torch
from transformers import Qwen3MoeConfig, Qwen3MoeForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 48 layers; one is built with the real hyperparameters (variant::one_layer)
config = Qwen3MoeConfig(
    vocab_size=151936,
    hidden_size=2048,
    intermediate_size=6144,
    moe_intermediate_size=768,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=4,
    head_dim=128,
    num_experts=128,
    num_experts_per_tok=8,
    norm_topk_prob=True,
    hidden_act="silu",
    max_position_embeddings=40960,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0},
    attention_bias=False,
    tie_word_embeddings=False,
    bos_token_id=151643,
    eos_token_id=151645,
)
model = Qwen3MoeForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
