# labels: name::big_bird author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
BigBird-RoBERTa (base), built from transformers.BigBirdConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/big_bird
"""
import torch
from transformers import BigBirdConfig, BigBirdModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BigBirdConfig()
model = BigBirdModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
