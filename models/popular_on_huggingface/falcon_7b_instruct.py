# labels: name::falcon_7b_instruct author::tiiuae task::Generative_AI license::apache-2.0 test_group::daily hub_id::tiiuae/falcon-7b-instruct variant::one_layer
"""
Falcon-7B-Instruct causal language model (multi-query, parallel attention), one of its 32 decoder layers, built from transformers.FalconConfig with random weights.

Source: https://huggingface.co/tiiuae/falcon-7b-instruct
"""
import torch
from transformers import FalconConfig, FalconForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 32 layers; one is built with the real hyperparameters (variant::one_layer)
config = FalconConfig(
    vocab_size=65024,
    hidden_size=4544,
    num_hidden_layers=1,
    num_attention_heads=71,
    multi_query=True,
    parallel_attn=True,
    new_decoder_architecture=False,
    bias=False,
    alibi=False,
    layer_norm_epsilon=1e-05,
    max_position_embeddings=2048,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
    bos_token_id=11,
    eos_token_id=11,
)
model = FalconForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
