# labels: name::qwen3_vl_moe_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Qwen3VLMoeText text model, its default hyperparameters but one layer per stack, built from transformers.Qwen3VLMoeTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qwen3_vl_moe_text
"""
import torch
from transformers import Qwen3VLMoeTextConfig, Qwen3VLMoeTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Qwen3VLMoeTextConfig(num_hidden_layers=1)
model = Qwen3VLMoeTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
