# labels: name::hy_v4_vl_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
HYV4VLText text model, its default hyperparameters but one layer per stack, built from transformers.HYV4VLTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/hy_v4_vl_text
"""
import torch
from transformers import HYV4VLTextConfig, HYV4VLTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = HYV4VLTextConfig(num_hidden_layers=1)
model = HYV4VLTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
