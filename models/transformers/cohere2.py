# labels: name::cohere2 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Cohere2 text model, its default hyperparameters but one layer per stack, built from transformers.Cohere2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/cohere2
"""
import torch
from transformers import Cohere2Config, Cohere2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Cohere2Config(num_hidden_layers=1)
model = Cohere2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
