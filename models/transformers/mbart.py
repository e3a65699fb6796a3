# labels: name::mbart author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
mBART (large), built from transformers.MBartConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mbart
"""
import torch
from transformers import MBartConfig, MBartModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MBartConfig(vocab_size=250027)
model = MBartModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
