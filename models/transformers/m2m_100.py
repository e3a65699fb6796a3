# labels: name::m2m_100 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
M2M-100 418M, built from transformers.M2M100Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/m2m_100
"""
import torch
from transformers import M2M100Config, M2M100Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = M2M100Config(
    d_model=1024,
    encoder_layers=12,
    decoder_layers=12,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
)
model = M2M100Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
