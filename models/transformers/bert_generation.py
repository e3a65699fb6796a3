# labels: name::bert_generation author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
BertGeneration text model, built from transformers.BertGenerationConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/bert_generation
"""
import torch
from transformers import BertGenerationConfig, BertGenerationEncoder

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertGenerationConfig()
model = BertGenerationEncoder(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
