# labels: name::gpt_j_6b author::EleutherAI task::Generative_AI license::apache-2.0 test_group::daily hub_id::EleutherAI/gpt-j-6b variant::one_layer
"""
GPT-J 6B causal language model (parallel attention, rotary positions), one of its 28 decoder layers, built from transformers.GPTJConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/EleutherAI/gpt-j-6b
"""
import torch
from transformers import GPTJConfig, GPTJForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 28 layers; one is built with the real hyperparameters (variant::one_layer)
config = GPTJConfig(
    vocab_size=50400,
    n_positions=2048,
    n_embd=4096,
    n_layer=1,
    n_head=16,
    rotary_dim=64,
    activation_function="gelu_new",
    layer_norm_epsilon=1e-05,
    tie_word_embeddings=False,
    bos_token_id=50256,
    eos_token_id=50256,
)
model = GPTJForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
