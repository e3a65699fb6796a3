# labels: name::electra author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily,smoke
"""
ELECTRA small discriminator, built from transformers.ElectraConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/electra
"""
import torch
from transformers import ElectraConfig, ElectraModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ElectraConfig()
model = ElectraModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
