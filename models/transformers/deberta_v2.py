# labels: name::deberta_v2 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
DeBERTa-v3 base, built from transformers.DebertaV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/deberta_v2
"""
import torch
from transformers import DebertaV2Config, DebertaV2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = DebertaV2Config(
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    relative_attention=True,
    position_buckets=256,
    norm_rel_ebd="layer_norm",
    share_att_key=True,
    pos_att_type=["p2c", "c2p"],
    max_relative_positions=-1,
    position_biased_input=False,
)
model = DebertaV2Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
