# labels: name::lfm2 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Lfm2 text model, built from transformers.Lfm2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/lfm2
"""
import torch
from transformers import Lfm2Config, Lfm2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Lfm2Config()
model = Lfm2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
