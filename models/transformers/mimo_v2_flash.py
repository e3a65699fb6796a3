# labels: name::mimo_v2_flash author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
MiMoV2Flash text model, its default hyperparameters but one layer per stack, built from transformers.MiMoV2FlashConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mimo_v2_flash
"""
import torch
from transformers import MiMoV2FlashConfig, MiMoV2FlashModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MiMoV2FlashConfig(num_hidden_layers=1)
model = MiMoV2FlashModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
