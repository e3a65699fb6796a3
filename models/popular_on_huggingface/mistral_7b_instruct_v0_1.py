# labels: name::mistral_7b_instruct_v0_1 author::mistralai task::Generative_AI license::apache-2.0 test_group::daily hub_id::mistralai/Mistral-7B-Instruct-v0.1 variant::one_layer
"""
Mistral 7B Instruct v0.1 causal language model, one of its 32 decoder layers, built from transformers.MistralConfig with random weights.

Source: https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1
"""
import torch
from transformers import MistralConfig, MistralForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 32 layers; one is built with the real hyperparameters (variant::one_layer)
config = MistralConfig(
    vocab_size=32000,
    hidden_size=4096,
    intermediate_size=14336,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=8,
    head_dim=128,
    hidden_act="silu",
    max_position_embeddings=32768,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
    sliding_window=4096,
    tie_word_embeddings=False,
    bos_token_id=1,
    eos_token_id=2,
)
model = MistralForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
