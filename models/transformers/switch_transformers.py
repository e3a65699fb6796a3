# labels: name::switch_transformers author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Switch Transformer base with 8 experts, built from transformers.SwitchTransformersConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/switch_transformers
"""
import torch
from transformers import SwitchTransformersConfig, SwitchTransformersModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = SwitchTransformersConfig()
model = SwitchTransformersModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
