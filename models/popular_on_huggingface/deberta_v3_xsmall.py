# labels: name::deberta_v3_xsmall author::microsoft task::Natural_Language_Processing license::mit test_group::daily hub_id::microsoft/deberta-v3-xsmall
"""
DeBERTa-v3 xsmall encoder (12-layer, 384-wide), built from transformers.DebertaV2Config with random weights.

Source: https://huggingface.co/microsoft/deberta-v3-xsmall
"""
import torch
from transformers import DebertaV2Config, DebertaV2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DebertaV2Config(
    vocab_size=128100,
    hidden_size=384,
    num_hidden_layers=12,
    num_attention_heads=6,
    intermediate_size=1536,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=0,
    layer_norm_eps=1e-07,
    relative_attention=True,
    max_relative_positions=-1,
    position_buckets=256,
    norm_rel_ebd="layer_norm",
    share_att_key=True,
    pos_att_type=["p2c", "c2p"],
    position_biased_input=False,
    pad_token_id=0,
)
model = DebertaV2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
