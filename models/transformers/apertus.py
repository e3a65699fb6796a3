# labels: name::apertus author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Apertus text model, its default hyperparameters but one layer per stack, built from transformers.ApertusConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/apertus
"""
import torch
from transformers import ApertusConfig, ApertusModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ApertusConfig(num_hidden_layers=1)
model = ApertusModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
