# labels: name::distilbert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
DistilBERT (base), built from transformers.DistilBertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/distilbert
"""
import torch
from transformers import DistilBertConfig, DistilBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DistilBertConfig()
model = DistilBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
