# labels: name::pegasus_x author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
PegasusX encoder-decoder text model, built from transformers.PegasusXConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pegasus_x
"""
import torch
from transformers import PegasusXConfig, PegasusXModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PegasusXConfig()
model = PegasusXModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
