# labels: name::minicpm3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
MiniCPM3 text model, built from transformers.MiniCPM3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/minicpm3
"""
import torch
from transformers import MiniCPM3Config, MiniCPM3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MiniCPM3Config()
model = MiniCPM3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
