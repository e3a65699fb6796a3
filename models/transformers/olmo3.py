# labels: name::olmo3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Olmo3 text model, its default hyperparameters but one layer per stack, built from transformers.Olmo3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/olmo3
"""
import torch
from transformers import Olmo3Config, Olmo3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Olmo3Config(num_hidden_layers=1)
model = Olmo3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
