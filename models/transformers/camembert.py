# labels: name::camembert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Camembert text model, built from transformers.CamembertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/camembert
"""
import torch
from transformers import CamembertConfig, CamembertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CamembertConfig()
model = CamembertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
