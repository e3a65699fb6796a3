# labels: name::smollm3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
SmolLM3 text model, built from transformers.SmolLM3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/smollm3
"""
import torch
from transformers import SmolLM3Config, SmolLM3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = SmolLM3Config()
model = SmolLM3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
