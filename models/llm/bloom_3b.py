# labels: name::bloom_3b author::bigscience task::Generative_AI license::bigscience-bloom-rail-1.0 test_group::daily hub_id::bigscience/bloom-3b variant::one_layer
"""
BLOOM-3b multilingual causal language model (ALiBi positions), one of its 30 decoder layers, built from transformers.BloomConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/bigscience/bloom-3b
"""
import torch
from transformers import BloomConfig, BloomForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 30 layers; one is built with the real hyperparameters (variant::one_layer)
config = BloomConfig(
    vocab_size=250880,
    hidden_size=2560,
    n_layer=1,
    n_head=32,
    layer_norm_epsilon=1e-05,
    bos_token_id=1,
    eos_token_id=2,
    pad_token_id=3,
)
model = BloomForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
