# labels: name::rubert_tiny2 author::cointegrated task::Natural_Language_Processing license::mit test_group::daily hub_id::cointegrated/rubert-tiny2
"""
rubert-tiny2 Russian sentence encoder (3-layer, 312-wide BERT), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/cointegrated/rubert-tiny2
"""
import torch
from transformers import BertConfig, BertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=83828,
    hidden_size=312,
    num_hidden_layers=3,
    num_attention_heads=12,
    intermediate_size=600,
    hidden_act="gelu",
    max_position_embeddings=2048,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
)
model = BertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
