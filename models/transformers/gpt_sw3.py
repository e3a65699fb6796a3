# labels: name::gpt_sw3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
GPT2 text model, built from transformers.GPT2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gpt_sw3
"""
import torch
from transformers import GPT2Config, GPT2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPT2Config()
model = GPT2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
