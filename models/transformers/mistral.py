# labels: name::mistral author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Mistral 7B hyperparameters with one decoder layer, built from transformers.MistralConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mistral
"""
import torch
from transformers import MistralConfig, MistralModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MistralConfig(num_hidden_layers=1)
model = MistralModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
