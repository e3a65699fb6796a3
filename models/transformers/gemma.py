# labels: name::gemma author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Gemma 7B hyperparameters with one decoder layer, built from transformers.GemmaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gemma
"""
import torch
from transformers import GemmaConfig, GemmaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GemmaConfig(num_hidden_layers=1)
model = GemmaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
