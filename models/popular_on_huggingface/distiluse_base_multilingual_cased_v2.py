# labels: name::distiluse_base_multilingual_cased_v2 author::sentence-transformers task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::sentence-transformers/distiluse-base-multilingual-cased-v2
"""
distiluse-base-multilingual-cased-v2 sentence embedder (multilingual DistilBERT), built from transformers.DistilBertConfig with random weights.

Source: https://huggingface.co/sentence-transformers/distiluse-base-multilingual-cased-v2
"""
import torch
from transformers import DistilBertConfig, DistilBertModel

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
)
model = DistilBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
