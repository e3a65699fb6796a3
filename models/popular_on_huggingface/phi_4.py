# labels: name::phi_4 author::microsoft task::Generative_AI license::mit test_group::daily hub_id::microsoft/phi-4 variant::one_layer
"""
Phi-4 (14B) causal language model, one of its 40 decoder layers, built from transformers.Phi3Config with random weights.

Source: https://huggingface.co/microsoft/phi-4
"""
import torch
from transformers import Phi3Config, Phi3ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 40 layers; one is built with the real hyperparameters (variant::one_layer)
config = Phi3Config(
    vocab_size=100352,
    hidden_size=5120,
    intermediate_size=17920,
    num_hidden_layers=1,
    num_attention_heads=40,
    num_key_value_heads=10,
    hidden_act="silu",
    max_position_embeddings=16384,
    original_max_position_embeddings=16384,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 250000.0},
    sliding_window=None,
    tie_word_embeddings=False,
    bos_token_id=100257,
    eos_token_id=100265,
    pad_token_id=100349,
)
model = Phi3ForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
