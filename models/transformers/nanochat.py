# labels: name::nanochat author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
NanoChat text model, built from transformers.NanoChatConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nanochat
"""
import torch
from transformers import NanoChatConfig, NanoChatModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = NanoChatConfig()
model = NanoChatModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
