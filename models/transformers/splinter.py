# labels: name::splinter author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Splinter text model, built from transformers.SplinterConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/splinter
"""
import torch
from transformers import SplinterConfig, SplinterModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = SplinterConfig()
model = SplinterModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
