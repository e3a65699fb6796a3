# labels: name::recurrent_gemma author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
RecurrentGemma text model, built from transformers.RecurrentGemmaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/recurrent_gemma
"""
import torch
from transformers import RecurrentGemmaConfig, RecurrentGemmaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RecurrentGemmaConfig()
model = RecurrentGemmaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
