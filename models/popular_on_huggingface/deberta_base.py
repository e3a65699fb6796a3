# labels: name::deberta_base author::microsoft task::Natural_Language_Processing license::mit test_group::daily hub_id::microsoft/deberta-base
"""
DeBERTa (v1) base encoder, built from transformers.DebertaConfig with random weights.

Source: https://huggingface.co/microsoft/deberta-base
"""
import torch
from transformers import DebertaConfig, DebertaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DebertaConfig(
    vocab_size=50265,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=0,
    layer_norm_eps=1e-07,
    relative_attention=True,
    max_relative_positions=-1,
    pos_att_type=["c2p", "p2c"],
    position_biased_input=False,
    pad_token_id=0,
)
model = DebertaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
