# labels: name::molmo2_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Molmo2Text text model, its default hyperparameters but one layer per stack, built from transformers.Molmo2TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/molmo2_text
"""
import torch
from transformers import Molmo2TextConfig, Molmo2TextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Molmo2TextConfig(num_hidden_layers=1)
model = Molmo2TextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
