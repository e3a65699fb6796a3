# labels: name::xlnet author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
XLNet (large, the config's defaults), built from transformers.XLNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/xlnet
"""
import torch
from transformers import XLNetConfig, XLNetModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XLNetConfig()
model = XLNetModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
