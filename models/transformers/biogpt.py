# labels: name::biogpt author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
BioGPT, built from transformers.BioGptConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/biogpt
"""
import torch
from transformers import BioGptConfig, BioGptModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BioGptConfig()
model = BioGptModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
