# labels: name::hy_v3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
HYV3 text model, its default hyperparameters but one layer per stack, built from transformers.HYV3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/hy_v3
"""
import torch
from transformers import HYV3Config, HYV3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = HYV3Config(num_hidden_layers=1)
model = HYV3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
