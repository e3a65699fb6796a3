# labels: name::hrm_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
HrmText text model, built from transformers.HrmTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/hrm_text
"""
import torch
from transformers import HrmTextConfig, HrmTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = HrmTextConfig()
model = HrmTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
