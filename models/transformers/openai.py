# labels: name::openai author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
OpenAI GPT (GPT-1), built from transformers.OpenAIGPTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/openai-gpt
"""
import torch
from transformers import OpenAIGPTConfig, OpenAIGPTModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = OpenAIGPTConfig()
model = OpenAIGPTModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
