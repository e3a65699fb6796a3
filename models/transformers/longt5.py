# labels: name::longt5 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
LongT5 (small, local attention), built from transformers.LongT5Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/longt5
"""
import torch
from transformers import LongT5Config, LongT5Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LongT5Config()
model = LongT5Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
