# labels: name::gpt2 author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
GPT-2 (small), built from transformers.GPT2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gpt2
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
