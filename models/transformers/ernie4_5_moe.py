# labels: name::ernie4_5_moe author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Ernie4_5_Moe text model, its default hyperparameters but one layer per stack, built from transformers.Ernie4_5_MoeConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/ernie4_5_moe
"""
import torch
from transformers import Ernie4_5_MoeConfig, Ernie4_5_MoeModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Ernie4_5_MoeConfig(num_hidden_layers=1)
model = Ernie4_5_MoeModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
