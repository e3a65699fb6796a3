# labels: name::codegen author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
CodeGen 6B hyperparameters with one decoder layer, built from transformers.CodeGenConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/codegen
"""
import torch
from transformers import CodeGenConfig, CodeGenModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CodeGenConfig(n_layer=1)
model = CodeGenModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
