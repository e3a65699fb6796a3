# labels: name::vaultgemma author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
VaultGemma text model, built from transformers.VaultGemmaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/vaultgemma
"""
import torch
from transformers import VaultGemmaConfig, VaultGemmaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = VaultGemmaConfig()
model = VaultGemmaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
