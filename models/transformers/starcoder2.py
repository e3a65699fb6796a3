# labels: name::starcoder2 author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
StarCoder2 (the config's 3B-class defaults) with one decoder layer, built from transformers.Starcoder2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/starcoder2
"""
import torch
from transformers import Starcoder2Config, Starcoder2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Starcoder2Config(num_hidden_layers=1)
model = Starcoder2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
