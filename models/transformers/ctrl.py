# labels: name::ctrl author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
CTRL (1.6B) hyperparameters with one decoder layer, built from transformers.CTRLConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/ctrl
"""
import torch
from transformers import CTRLConfig, CTRLModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CTRLConfig(n_layer=1)
model = CTRLModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
