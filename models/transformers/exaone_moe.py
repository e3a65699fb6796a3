# labels: name::exaone_moe author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
ExaoneMoe text model, its default hyperparameters but one layer per stack, built from transformers.ExaoneMoeConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/exaone_moe
"""
import torch
from transformers import ExaoneMoeConfig, ExaoneMoeModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ExaoneMoeConfig(num_hidden_layers=1)
model = ExaoneMoeModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
