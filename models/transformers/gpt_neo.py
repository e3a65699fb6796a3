# labels: name::gpt_neo author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
GPT-Neo 125M, built from transformers.GPTNeoConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gpt_neo
"""
import torch
from transformers import GPTNeoConfig, GPTNeoModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPTNeoConfig(
    hidden_size=768,
    num_layers=12,
    num_heads=12,
    attention_types=[[["global", "local"], 6]],
)
model = GPTNeoModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
