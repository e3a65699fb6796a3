# labels: name::sam3_lite_text_text_model author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Sam3LiteTextText text model, built from transformers.Sam3LiteTextTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sam3_lite_text_text_model
"""
import torch
from transformers import Sam3LiteTextTextConfig, Sam3LiteTextTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Sam3LiteTextTextConfig()
model = Sam3LiteTextTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
