# labels: name::falcon_h1 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
FalconH1 text model, its default hyperparameters but one layer per stack, built from transformers.FalconH1Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/falcon_h1
"""
import torch
from transformers import FalconH1Config, FalconH1Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FalconH1Config(num_hidden_layers=1)
model = FalconH1Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
