# labels: name::bloom_1b1 author::bigscience task::Generative_AI license::bigscience-bloom-rail-1.0 test_group::daily hub_id::bigscience/bloom-1b1
"""
BLOOM-1b1 multilingual causal language model (ALiBi positions), built from transformers.BloomConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/bigscience/bloom-1b1
"""
import torch
from transformers import BloomConfig, BloomForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = BloomConfig(
    vocab_size=250880,
    hidden_size=1536,
    n_layer=24,
    n_head=16,
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
