# labels: name::ernie4_5 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Ernie4_5 text model, built from transformers.Ernie4_5Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/ernie4_5
"""
import torch
from transformers import Ernie4_5Config, Ernie4_5Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Ernie4_5Config()
model = Ernie4_5Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
