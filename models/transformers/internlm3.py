# labels: name::internlm3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
InternLM3 text model, its default hyperparameters but one layer per stack, built from transformers.InternLM3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/internlm3
"""
import torch
from transformers import InternLM3Config, LlamaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = InternLM3Config(num_hidden_layers=1)
model = LlamaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
