# labels: name::gte_small author::thenlper task::Natural_Language_Processing license::mit test_group::daily hub_id::thenlper/gte-small
"""
GTE small text embedder (12-layer, 384-wide BERT), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/thenlper/gte-small
"""
import torch
from transformers import BertConfig, BertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=30522,
    hidden_size=384,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=1536,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
)
model = BertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
