# labels: name::pythia_1_4b author::EleutherAI task::Generative_AI license::apache-2.0 test_group::daily hub_id::EleutherAI/pythia-1.4b
"""
Pythia-1.4b (GPT-NeoX) causal language model, built from transformers.GPTNeoXConfig with random weights.

Source: https://huggingface.co/EleutherAI/pythia-1.4b
"""
import torch
from transformers import GPTNeoXConfig, GPTNeoXForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPTNeoXConfig(
    vocab_size=50304,
    hidden_size=2048,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=8192,
    hidden_act="gelu",
    max_position_embeddings=2048,
    layer_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.25},
    use_parallel_residual=True,
    tie_word_embeddings=False,
    bos_token_id=0,
    eos_token_id=0,
)
model = GPTNeoXForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
