# labels: name::ibert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
IBert text model, built from transformers.IBertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/ibert
"""
import torch
from transformers import IBertConfig, IBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = IBertConfig()
model = IBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
