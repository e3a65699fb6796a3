# labels: name::rwkv author::huggingface task::Generative_AI license::apache-2.0 test_group::daily
"""
RWKV-4 169M, built from transformers.RwkvConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/rwkv
"""
import torch
from transformers import RwkvConfig, RwkvModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RwkvConfig(hidden_size=768, num_hidden_layers=12, context_length=1024)
model = RwkvModel(config)
inputs = {"input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length))}

model(**inputs)
