# labels: name::opt_350m author::facebook task::Generative_AI license::other test_group::daily hub_id::facebook/opt-350m
"""
OPT-350m causal language model (post-norm, 512-wide projected embeddings), built from transformers.OPTConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/facebook/opt-350m
"""
import torch
from transformers import OPTConfig, OPTForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = OPTConfig(
    vocab_size=50272,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    ffn_dim=4096,
    max_position_embeddings=2048,
    word_embed_proj_dim=512,
    do_layer_norm_before=False,
    activation_function="relu",
    pad_token_id=1,
    bos_token_id=2,
    eos_token_id=2,
)
model = OPTForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
