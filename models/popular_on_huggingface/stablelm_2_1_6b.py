# labels: name::stablelm_2_1_6b author::stabilityai task::Generative_AI license::other test_group::daily hub_id::stabilityai/stablelm-2-1_6b variant::one_layer
"""
StableLM 2 1.6B multilingual causal language model, one of its 24 decoder layers, built from transformers.StableLmConfig with random weights.

Source: https://huggingface.co/stabilityai/stablelm-2-1_6b
"""
import torch
from transformers import StableLmConfig, StableLmForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 24 layers; one is built with the real hyperparameters (variant::one_layer)
config = StableLmConfig(
    vocab_size=100352,
    hidden_size=2048,
    intermediate_size=5632,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=32,
    hidden_act="silu",
    max_position_embeddings=4096,
    layer_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.25},
    use_qkv_bias=True,
    tie_word_embeddings=False,
    bos_token_id=100257,
    eos_token_id=100257,
)
model = StableLmForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
