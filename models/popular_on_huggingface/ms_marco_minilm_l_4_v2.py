# labels: name::ms_marco_minilm_l_4_v2 author::cross-encoder task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::cross-encoder/ms-marco-MiniLM-L-4-v2
"""
MS MARCO MiniLM-L-4 cross-encoder reranker (4-layer, 384-wide BERT, one-score head), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/cross-encoder/ms-marco-MiniLM-L-4-v2
"""
import torch
from transformers import BertConfig, BertForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=30522,
    hidden_size=384,
    num_hidden_layers=4,
    num_attention_heads=12,
    intermediate_size=1536,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
    num_labels=1,
)
model = BertForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
