# labels: name::gpt_bigcode author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
GPTBigCode (SantaCoder-size multi-query attention), built from transformers.GPTBigCodeConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gpt_bigcode
"""
import torch
from transformers import GPTBigCodeConfig, GPTBigCodeModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPTBigCodeConfig()
model = GPTBigCodeModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
