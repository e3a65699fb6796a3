# labels: name::longcat_flash author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
LongcatFlash text model, its default hyperparameters but one layer per stack, built from transformers.LongcatFlashConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/longcat_flash
"""
import torch
from transformers import LongcatFlashConfig, LongcatFlashModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LongcatFlashConfig(num_hidden_layers=1, num_layers=1)
model = LongcatFlashModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
