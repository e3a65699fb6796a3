# labels: name::distilbert_base_multilingual_cased_sentiments_student author::lxyuan task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::lxyuan/distilbert-base-multilingual-cased-sentiments-student
"""
Multilingual DistilBERT sentiment student (3-label classification head), built from transformers.DistilBertConfig with random weights.

Source: https://huggingface.co/lxyuan/distilbert-base-multilingual-cased-sentiments-student
"""
import torch
from transformers import DistilBertConfig, DistilBertForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DistilBertConfig(
    vocab_size=119547,
    dim=768,
    n_layers=6,
    n_heads=12,
    hidden_dim=3072,
    activation="gelu",
    max_position_embeddings=512,
    sinusoidal_pos_embds=False,
    num_labels=3,
)
model = DistilBertForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
