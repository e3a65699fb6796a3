# labels: name::stablelm author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
StableLM-3B-4E1T hyperparameters with one decoder layer, built from transformers.StableLmConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/stablelm
"""
import torch
from transformers import StableLmConfig, StableLmModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = StableLmConfig(num_hidden_layers=1)
model = StableLmModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
