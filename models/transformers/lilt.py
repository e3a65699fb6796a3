# labels: name::lilt author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
LiLT (RoBERTa base) language-independent layout transformer, built from transformers.LiltConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/lilt
"""
import torch
from transformers import LiltConfig, LiltModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LiltConfig()
model = LiltModel(config)
xy = torch.randint(500, (batch_size, max_seq_length, 2))
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "bbox": torch.cat([xy, xy + torch.randint(500, (batch_size, max_seq_length, 2))], dim=-1),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
