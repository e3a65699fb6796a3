# labels: name::persimmon author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Persimmon text model, its default hyperparameters but one layer per stack, built from transformers.PersimmonConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/persimmon
"""
import torch
from transformers import PersimmonConfig, PersimmonModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PersimmonConfig(num_hidden_layers=1)
model = PersimmonModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
