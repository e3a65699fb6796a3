# labels: name::glm4_moe_lite author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Glm4MoeLite text model, its default hyperparameters but one layer per stack, built from transformers.Glm4MoeLiteConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/glm4_moe_lite
"""
import torch
from transformers import Glm4MoeLiteConfig, Glm4MoeLiteModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Glm4MoeLiteConfig(num_hidden_layers=1)
model = Glm4MoeLiteModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
