# labels: name::exaone4 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Exaone4 text model, its default hyperparameters but one layer per stack, built from transformers.Exaone4Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/exaone4
"""
import torch
from transformers import Exaone4Config, Exaone4Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Exaone4Config(num_hidden_layers=1)
model = Exaone4Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
