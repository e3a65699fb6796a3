# labels: name::umt5 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
UMT5 encoder-decoder text model, built from transformers.UMT5Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/umt5
"""
import torch
from transformers import UMT5Config, UMT5Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = UMT5Config()
model = UMT5Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
