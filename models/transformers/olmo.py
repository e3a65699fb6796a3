# labels: name::olmo author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
OLMo 7B hyperparameters with one decoder layer, built from transformers.OlmoConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/olmo
"""
import torch
from transformers import OlmoConfig, OlmoModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = OlmoConfig(num_hidden_layers=1)
model = OlmoModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
