# labels: name::xglm author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
XGLM 564M, built from transformers.XGLMConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/xglm
"""
import torch
from transformers import XGLMConfig, XGLMModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XGLMConfig()
model = XGLMModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
