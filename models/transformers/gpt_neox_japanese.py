# labels: name::gpt_neox_japanese author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
GPTNeoXJapanese text model, built from transformers.GPTNeoXJapaneseConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gpt_neox_japanese
"""
import torch
from transformers import GPTNeoXJapaneseConfig, GPTNeoXJapaneseModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GPTNeoXJapaneseConfig()
model = GPTNeoXJapaneseModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
