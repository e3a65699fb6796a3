# labels: name::qwen3_14b author::Qwen task::Generative_AI license::apache-2.0 test_group::daily hub_id::Qwen/Qwen3-14B variant::one_layer
"""
Qwen3-14B causal language model, one of its 40 decoder layers, built from transformers.Qwen3Config with random weights.

Source: https://huggingface.co/Qwen/Qwen3-14B
"""
import torch
from transformers import Qwen3Config, Qwen3ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 40 layers; one is built with the real hyperparameters (variant::one_layer)
config = Qwen3Config(
    vocab_size=151936,
    hidden_size=5120,
    intermediate_size=17408,
    num_hidden_layers=1,
    num_attention_heads=40,
    num_key_value_heads=8,
    head_dim=128,
    hidden_act="silu",
    max_position_embeddings=40960,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0},
    attention_bias=False,
    tie_word_embeddings=False,
    bos_token_id=151643,
    eos_token_id=151645,
)
model = Qwen3ForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
