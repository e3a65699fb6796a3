# labels: name::xlm_roberta_xl author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
XLMRobertaXL text model, built from transformers.XLMRobertaXLConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/xlm_roberta_xl
"""
import torch
from transformers import XLMRobertaXLConfig, XLMRobertaXLModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XLMRobertaXLConfig()
model = XLMRobertaXLModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
