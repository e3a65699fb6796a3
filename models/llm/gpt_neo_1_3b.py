# labels: name::gpt_neo_1_3b author::EleutherAI task::Generative_AI license::mit test_group::daily hub_id::EleutherAI/gpt-neo-1.3B
"""
GPT-Neo 1.3B causal language model (alternating global and local attention), built from transformers.GPTNeoConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/EleutherAI/gpt-neo-1.3B
"""
import torch
from transformers import GPTNeoConfig, GPTNeoForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = GPTNeoConfig(
    vocab_size=50257,
    max_position_embeddings=2048,
    hidden_size=2048,
    num_layers=24,
    num_heads=16,
    attention_types=[[["global", "local"], 12]],
    window_size=256,
    activation_function="gelu_new",
    layer_norm_epsilon=1e-05,
    bos_token_id=50256,
    eos_token_id=50256,
)
model = GPTNeoForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
