# labels: name::phi author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Phi-2 hyperparameters with one decoder layer, built from transformers.PhiConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/phi
"""
import torch
from transformers import PhiConfig, PhiModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PhiConfig(
    hidden_size=2560,
    intermediate_size=10240,
    num_attention_heads=32,
    num_hidden_layers=1,
)
model = PhiModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
