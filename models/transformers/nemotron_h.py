# labels: name::nemotron_h author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
NemotronH text model, built from transformers.NemotronHConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nemotron_h
"""
import torch
from transformers import NemotronHConfig, NemotronHModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = NemotronHConfig()
model = NemotronHModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
