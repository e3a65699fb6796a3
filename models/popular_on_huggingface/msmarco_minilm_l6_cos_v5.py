# labels: name::msmarco_minilm_l6_cos_v5 author::sentence-transformers task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::sentence-transformers/msmarco-MiniLM-L6-cos-v5
"""
msmarco-MiniLM-L6-cos-v5 semantic-search embedder (6-layer, 384-wide BERT), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/sentence-transformers/msmarco-MiniLM-L6-cos-v5
"""
import torch
from transformers import BertConfig, BertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=30522,
    hidden_size=384,
    num_hidden_layers=6,
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
