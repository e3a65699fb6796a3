# labels: name::flex_olmo author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
FlexOlmo text model, its default hyperparameters but one layer per stack, built from transformers.FlexOlmoConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/flex_olmo
"""
import torch
from transformers import FlexOlmoConfig, FlexOlmoModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FlexOlmoConfig(num_hidden_layers=1)
model = FlexOlmoModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
