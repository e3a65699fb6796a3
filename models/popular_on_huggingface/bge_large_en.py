# labels: name::bge_large_en author::BAAI task::Natural_Language_Processing license::mit test_group::daily hub_id::BAAI/bge-large-en
"""
BGE large (English) embedder (BERT large), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/BAAI/bge-large-en
"""
import torch
from transformers import BertConfig, BertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=30522,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
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
