# labels: name::qwen3_embedding_0_6b author::Qwen task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::Qwen/Qwen3-Embedding-0.6B
"""
Qwen3-Embedding-0.6B text embedder (Qwen3 decoder, last token), built from transformers.Qwen3Config with random weights.

Source: https://huggingface.co/Qwen/Qwen3-Embedding-0.6B
"""
import torch
from transformers import Qwen3Config, Qwen3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Qwen3Config(
    vocab_size=151936,
    hidden_size=1024,
    intermediate_size=3072,
    num_hidden_layers=28,
    num_attention_heads=16,
    num_key_value_heads=8,
    head_dim=128,
    hidden_act="silu",
    max_position_embeddings=32768,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0},
    attention_bias=False,
    tie_word_embeddings=True,
    bos_token_id=151643,
    eos_token_id=151645,
)
model = Qwen3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
