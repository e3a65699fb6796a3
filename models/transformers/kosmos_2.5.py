# labels: name::kosmos_2.5 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Kosmos2_5 text model, built from transformers.Kosmos2_5Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/kosmos_2.5
"""
import torch
from transformers import Kosmos2_5Config, Kosmos2_5Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Kosmos2_5Config()
model = Kosmos2_5Model(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
