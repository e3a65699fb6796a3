# labels: name::tiny_bert author::huggingface test_group::fp16
"""A two-layer BERT (hidden 128) from transformers.BertConfig: BERT's graph at a test's cost."""
import torch
from transformers import BertConfig, BertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(hidden_size=128, num_hidden_layers=2, num_attention_heads=2, intermediate_size=512)
model = BertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
