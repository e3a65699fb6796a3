# labels: name::llama_3_2_1b_instruct author::meta-llama task::Generative_AI license::llama3.2 test_group::daily hub_id::meta-llama/Llama-3.2-1B-Instruct
"""
Llama 3.2 1B Instruct causal language model, built from transformers.LlamaConfig with random weights.

Source: https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct
"""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LlamaConfig(
    vocab_size=128256,
    hidden_size=2048,
    intermediate_size=8192,
    num_hidden_layers=16,
    num_attention_heads=32,
    num_key_value_heads=8,
    head_dim=64,
    hidden_act="silu",
    max_position_embeddings=131072,
    rms_norm_eps=1e-05,
    rope_parameters={
        "rope_type": "llama3",
        "rope_theta": 500000.0,
        "factor": 32.0,
        "low_freq_factor": 1.0,
        "high_freq_factor": 4.0,
        "original_max_position_embeddings": 8192,
    },
    tie_word_embeddings=True,
    bos_token_id=128000,
    eos_token_id=[128001, 128008, 128009],
)
model = LlamaForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
