# labels: name::plbart author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
PLBART (base), built from transformers.PLBartConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/plbart
"""
import torch
from transformers import PLBartConfig, PLBartModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PLBartConfig()
model = PLBartModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
