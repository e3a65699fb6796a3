# labels: name::distilbert_base_uncased_distilled_squad author::distilbert task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::distilbert/distilbert-base-uncased-distilled-squad
"""
DistilBERT base (uncased) distilled on SQuAD (extractive question-answering head), built from transformers.DistilBertConfig with random weights.

Source: https://huggingface.co/distilbert/distilbert-base-uncased-distilled-squad
"""
import torch
from transformers import DistilBertConfig, DistilBertForQuestionAnswering

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
)
model = DistilBertForQuestionAnswering(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
