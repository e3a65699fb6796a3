# labels: name::mamba author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
Mamba state-space language model (the config's defaults), built from transformers.MambaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mamba
"""
import torch
from transformers import MambaConfig, MambaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MambaConfig()
model = MambaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
