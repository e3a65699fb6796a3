# labels: name::nystromformer author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Nystromformer text model, built from transformers.NystromformerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nystromformer
"""
import torch
from transformers import NystromformerConfig, NystromformerModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = NystromformerConfig()
model = NystromformerModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
