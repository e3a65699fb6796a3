# labels: name::falcon author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Falcon 7B hyperparameters with one decoder layer, built from transformers.FalconConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/falcon
"""
import torch
from transformers import FalconConfig, FalconModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FalconConfig(num_hidden_layers=1)
model = FalconModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
