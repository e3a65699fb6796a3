# labels: name::distilbert_ner author::dslim task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::dslim/distilbert-NER
"""
DistilBERT base (cased) fine-tuned for CoNLL-03 named entities (9-label token-classification head), built from transformers.DistilBertConfig with random weights.

Source: https://huggingface.co/dslim/distilbert-NER
"""
import torch
from transformers import DistilBertConfig, DistilBertForTokenClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DistilBertConfig(
    vocab_size=28996,
    dim=768,
    n_layers=6,
    n_heads=12,
    hidden_dim=3072,
    activation="gelu",
    max_position_embeddings=512,
    sinusoidal_pos_embds=False,
    num_labels=9,
)
model = DistilBertForTokenClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
