# labels: name::deepseek_v3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
DeepseekV3 text model, its default hyperparameters but one layer per stack, built from transformers.DeepseekV3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/deepseek_v3
"""
import torch
from transformers import DeepseekV3Config, DeepseekV3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DeepseekV3Config(num_hidden_layers=1)
model = DeepseekV3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
