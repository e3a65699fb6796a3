# labels: name::smollm2_1_7b author::HuggingFaceTB task::Generative_AI license::apache-2.0 test_group::daily hub_id::HuggingFaceTB/SmolLM2-1.7B variant::one_layer
"""
SmolLM2-1.7B causal language model (Llama architecture), one of its 24 decoder layers, built from transformers.LlamaConfig with random weights.

Source: https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B
"""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 24 layers; one is built with the real hyperparameters (variant::one_layer)
config = LlamaConfig(
    vocab_size=49152,
    hidden_size=2048,
    intermediate_size=8192,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=32,
    hidden_act="silu",
    max_position_embeddings=8192,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 130000.0},
    tie_word_embeddings=True,
    bos_token_id=0,
    eos_token_id=0,
)
model = LlamaForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
