# labels: name::phi3 author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Phi-3 mini hyperparameters with one decoder layer, built from transformers.Phi3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/phi3
"""
import torch
from transformers import Phi3Config, Phi3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Phi3Config(num_hidden_layers=1)
model = Phi3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
