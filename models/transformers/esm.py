# labels: name::esm author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
ESM-2 protein language model (35M), built from transformers.EsmConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/esm
"""
import torch
from transformers import EsmConfig, EsmModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = EsmConfig(
    vocab_size=33,
    hidden_size=480,
    num_hidden_layers=12,
    num_attention_heads=20,
    intermediate_size=1920,
    max_position_embeddings=1026,
    position_embedding_type="rotary",
    token_dropout=True,
    pad_token_id=1,
    mask_token_id=32,
)
model = EsmModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
