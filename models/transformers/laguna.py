# labels: name::laguna author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Laguna text model, its default hyperparameters but one layer per stack, built from transformers.LagunaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/laguna
"""
import torch
from transformers import LagunaConfig, LagunaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LagunaConfig(num_hidden_layers=1)
model = LagunaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
