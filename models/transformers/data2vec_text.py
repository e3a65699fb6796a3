# labels: name::data2vec_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Data2VecText text model, built from transformers.Data2VecTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/data2vec_text
"""
import torch
from transformers import Data2VecTextConfig, Data2VecTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Data2VecTextConfig()
model = Data2VecTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
