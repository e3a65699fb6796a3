# labels: name::mixtral author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Mixtral 8x7B hyperparameters with one sparse-MoE decoder layer, built from transformers.MixtralConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mixtral
"""
import torch
from transformers import MixtralConfig, MixtralModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MixtralConfig(num_hidden_layers=1)
model = MixtralModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
