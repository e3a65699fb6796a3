# labels: name::toxic_comment_model author::martin-ha task::Natural_Language_Processing license::unknown test_group::daily hub_id::martin-ha/toxic-comment-model
"""
DistilBERT base toxic-comment classifier (2-label classification head), built from transformers.DistilBertConfig with random weights.

Source: https://huggingface.co/martin-ha/toxic-comment-model
"""
import torch
from transformers import DistilBertConfig, DistilBertForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DistilBertConfig(
    vocab_size=30522,
    dim=768,
    n_layers=6,
    n_heads=12,
    hidden_dim=3072,
    activation="gelu",
    max_position_embeddings=512,
    sinusoidal_pos_embds=False,
    num_labels=2,
)
model = DistilBertForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
