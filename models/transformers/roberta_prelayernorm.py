# labels: name::roberta_prelayernorm author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
RobertaPreLayerNorm text model, built from transformers.RobertaPreLayerNormConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/roberta_prelayernorm
"""
import torch
from transformers import RobertaPreLayerNormConfig, RobertaPreLayerNormModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RobertaPreLayerNormConfig()
model = RobertaPreLayerNormModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
