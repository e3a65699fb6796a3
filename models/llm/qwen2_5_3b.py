# labels: name::qwen2_5_3b author::Qwen task::Generative_AI license::other test_group::daily hub_id::Qwen/Qwen2.5-3B variant::one_layer
"""
Qwen2.5-3B causal language model, one of its 36 decoder layers, built from transformers.Qwen2Config with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/Qwen/Qwen2.5-3B
"""
import torch
from transformers import Qwen2Config, Qwen2ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 36 layers; one is built with the real hyperparameters (variant::one_layer)
config = Qwen2Config(
    vocab_size=151936,
    hidden_size=2048,
    intermediate_size=11008,
    num_hidden_layers=1,
    num_attention_heads=16,
    num_key_value_heads=2,
    hidden_act="silu",
    max_position_embeddings=32768,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0},
    use_sliding_window=False,
    tie_word_embeddings=True,
    bos_token_id=151643,
    eos_token_id=151643,
)
model = Qwen2ForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
