# labels: name::canine author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
CANINE-s character-level encoder, built from transformers.CanineConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/canine
"""
import torch
from transformers import CanineConfig, CanineModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CanineConfig()
model = CanineModel(config)
inputs = {
    "input_ids": torch.randint(0x110000, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
