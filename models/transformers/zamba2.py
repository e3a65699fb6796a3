# labels: name::zamba2 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Zamba2 text model, built from transformers.Zamba2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/zamba2
"""
import torch
from transformers import Zamba2Config, Zamba2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Zamba2Config()
model = Zamba2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
