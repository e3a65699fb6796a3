# labels: name::gte author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Gte text model, built from transformers.GteConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gte
"""
import torch
from transformers import GteConfig, GteModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GteConfig()
model = GteModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
