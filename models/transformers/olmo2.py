# labels: name::olmo2 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Olmo2 text model, its default hyperparameters but one layer per stack, built from transformers.Olmo2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/olmo2
"""
import torch
from transformers import Olmo2Config, Olmo2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Olmo2Config(num_hidden_layers=1)
model = Olmo2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
