# labels: name::roc_bert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
RoCBert text model, built from transformers.RoCBertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/roc_bert
"""
import torch
from transformers import RoCBertConfig, RoCBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RoCBertConfig()
model = RoCBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
