# labels: name::gpt_neox author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
GPT-NeoX 20B hyperparameters with one decoder layer, built from transformers.GPTNeoXConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gpt_neox
"""
import torch
from transformers import GPTNeoXConfig, GPTNeoXModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPTNeoXConfig(num_hidden_layers=1)
model = GPTNeoXModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
