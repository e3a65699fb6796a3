# labels: name::granite author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Granite text model, its default hyperparameters but one layer per stack, built from transformers.GraniteConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/granite
"""
import torch
from transformers import GraniteConfig, GraniteModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GraniteConfig(num_hidden_layers=1)
model = GraniteModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
