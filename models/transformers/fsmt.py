# labels: name::fsmt author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
FSMT encoder-decoder text model, built from transformers.FSMTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/fsmt
"""
import torch
from transformers import FSMTConfig, FSMTModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FSMTConfig()
model = FSMTModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
