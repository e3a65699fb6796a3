# labels: name::qwen2 author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Qwen2 7B hyperparameters with one decoder layer, built from transformers.Qwen2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qwen2
"""
import torch
from transformers import Qwen2Config, Qwen2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Qwen2Config(num_hidden_layers=1)
model = Qwen2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
