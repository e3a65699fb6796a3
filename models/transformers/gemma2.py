# labels: name::gemma2 author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Gemma 2 2B hyperparameters with one decoder layer, built from transformers.Gemma2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gemma2
"""
import torch
from transformers import Gemma2Config, Gemma2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Gemma2Config(num_hidden_layers=1)
model = Gemma2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
