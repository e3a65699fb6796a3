# labels: name::qwen2_moe author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Qwen1.5-MoE-A2.7B hyperparameters with one sparse-MoE decoder layer, built from transformers.Qwen2MoeConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qwen2_moe
"""
import torch
from transformers import Qwen2MoeConfig, Qwen2MoeModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Qwen2MoeConfig(num_hidden_layers=1)
model = Qwen2MoeModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
