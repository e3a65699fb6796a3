# labels: name::pythia_31m author::EleutherAI task::Generative_AI license::apache-2.0 test_group::daily hub_id::EleutherAI/pythia-31m
"""
Pythia-31m (GPT-NeoX) causal language model, built from transformers.GPTNeoXConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/EleutherAI/pythia-31m
"""
import torch
from transformers import GPTNeoXConfig, GPTNeoXForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = GPTNeoXConfig(
    vocab_size=50304,
    hidden_size=256,
    num_hidden_layers=6,
    num_attention_heads=8,
    intermediate_size=1024,
    hidden_act="gelu",
    max_position_embeddings=2048,
    layer_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.25},
    use_parallel_residual=True,
    tie_word_embeddings=False,
    bos_token_id=0,
    eos_token_id=0,
)
model = GPTNeoXForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
