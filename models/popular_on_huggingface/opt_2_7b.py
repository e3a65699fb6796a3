# labels: name::opt_2_7b author::facebook task::Generative_AI license::other test_group::daily hub_id::facebook/opt-2.7b variant::one_layer
"""
OPT-2.7b causal language model, one of its 32 decoder layers, built from transformers.OPTConfig with random weights.

Source: https://huggingface.co/facebook/opt-2.7b
"""
import torch
from transformers import OPTConfig, OPTForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 32 layers; one is built with the real hyperparameters (variant::one_layer)
config = OPTConfig(
    vocab_size=50272,
    hidden_size=2560,
    num_hidden_layers=1,
    num_attention_heads=32,
    ffn_dim=10240,
    max_position_embeddings=2048,
    word_embed_proj_dim=2560,
    do_layer_norm_before=True,
    activation_function="relu",
    pad_token_id=1,
    bos_token_id=2,
    eos_token_id=2,
)
model = OPTForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
