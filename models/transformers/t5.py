# labels: name::t5 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
T5 (small), built from transformers.T5Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/t5
"""
import torch
from transformers import T5Config, T5Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = T5Config()
model = T5Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
