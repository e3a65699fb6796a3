# labels: name::gemma3_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Gemma3Text text model, built from transformers.Gemma3TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gemma3_text
"""
import torch
from transformers import Gemma3TextConfig, Gemma3TextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Gemma3TextConfig()
model = Gemma3TextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
