# labels: name::albert_large_v2 author::albert task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::albert/albert-large-v2
"""
ALBERT large v2 encoder (shared layers, factorized 128-wide embeddings), built from transformers.AlbertConfig with random weights.

Source: https://huggingface.co/albert/albert-large-v2
"""
import torch
from transformers import AlbertConfig, AlbertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = AlbertConfig(
    vocab_size=30000,
    embedding_size=128,
    hidden_size=1024,
    num_hidden_layers=24,
    num_hidden_groups=1,
    num_attention_heads=16,
    intermediate_size=4096,
    inner_group_num=1,
    hidden_act="gelu_new",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
)
model = AlbertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
