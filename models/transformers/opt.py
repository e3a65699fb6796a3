# labels: name::opt author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
OPT 125M, built from transformers.OPTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/opt
"""
import torch
from transformers import OPTConfig, OPTModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = OPTConfig()
model = OPTModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
