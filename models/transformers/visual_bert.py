# labels: name::visual_bert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
VisualBert text model, built from transformers.VisualBertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/visual_bert
"""
import torch
from transformers import VisualBertConfig, VisualBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = VisualBertConfig()
model = VisualBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
