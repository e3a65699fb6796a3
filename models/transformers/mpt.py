# labels: name::mpt author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
MPT-7B hyperparameters with one decoder layer, built from transformers.MptConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mpt
"""
import torch
from transformers import MptConfig, MptModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MptConfig(d_model=4096, n_heads=32, n_layers=1, vocab_size=50432)
model = MptModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
