# labels: name::nomic_bert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
NomicBert text model, built from transformers.NomicBertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nomic_bert
"""
import torch
from transformers import NomicBertConfig, NomicBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = NomicBertConfig()
model = NomicBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
