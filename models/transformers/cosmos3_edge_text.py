# labels: name::cosmos3_edge_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Cosmos3EdgeText text model, built from transformers.Cosmos3EdgeTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/cosmos3_edge_text
"""
import torch
from transformers import Cosmos3EdgeTextConfig, Cosmos3EdgeTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Cosmos3EdgeTextConfig()
model = Cosmos3EdgeTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
