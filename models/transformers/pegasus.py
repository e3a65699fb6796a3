# labels: name::pegasus author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
PEGASUS (large), built from transformers.PegasusConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pegasus
"""
import torch
from transformers import PegasusConfig, PegasusModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PegasusConfig(vocab_size=96103)
model = PegasusModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
