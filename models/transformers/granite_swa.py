# labels: name::granite_swa author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
GraniteSWA text model, built from transformers.GraniteSWAConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/granite_swa
"""
import torch
from transformers import GraniteSWAConfig, GraniteSWAModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GraniteSWAConfig()
model = GraniteSWAModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
