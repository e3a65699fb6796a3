# labels: name::camembert_base author::almanach task::Natural_Language_Processing license::mit test_group::daily hub_id::almanach/camembert-base
"""
CamemBERT base French encoder, built from transformers.CamembertConfig with random weights.

Source: https://huggingface.co/almanach/camembert-base
"""
import torch
from transformers import CamembertConfig, CamembertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CamembertConfig(
    vocab_size=32005,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=514,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=5,
    eos_token_id=6,
)
model = CamembertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
