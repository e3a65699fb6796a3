# labels: name::qwen3 author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Qwen3 8B-class hyperparameters (the config's defaults) with one decoder layer, built from transformers.Qwen3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qwen3
"""
import torch
from transformers import Qwen3Config, Qwen3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Qwen3Config(num_hidden_layers=1)
model = Qwen3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
