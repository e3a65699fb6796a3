# labels: name::falcon_mamba author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
FalconMamba text model, built from transformers.FalconMambaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/falcon_mamba
"""
import torch
from transformers import FalconMambaConfig, FalconMambaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FalconMambaConfig()
model = FalconMambaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
