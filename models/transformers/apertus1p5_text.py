# labels: name::apertus1p5_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Apertus1p5Text text model, its default hyperparameters but one layer per stack, built from transformers.Apertus1p5TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/apertus1p5_text
"""
import torch
from transformers import Apertus1p5TextConfig, Apertus1p5TextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Apertus1p5TextConfig(num_hidden_layers=1)
model = Apertus1p5TextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
