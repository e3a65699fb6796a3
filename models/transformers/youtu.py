# labels: name::youtu author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Youtu text model, built from transformers.YoutuConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/youtu
"""
import torch
from transformers import YoutuConfig, YoutuModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = YoutuConfig()
model = YoutuModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
