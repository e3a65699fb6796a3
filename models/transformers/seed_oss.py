# labels: name::seed_oss author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
SeedOss text model, its default hyperparameters but one layer per stack, built from transformers.SeedOssConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/seed_oss
"""
import torch
from transformers import SeedOssConfig, SeedOssModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = SeedOssConfig(num_hidden_layers=1)
model = SeedOssModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
