# labels: name::longformer_base_4096 author::allenai task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::allenai/longformer-base-4096
"""
Longformer base (4096 tokens, 512-token sliding attention window) encoder, built from transformers.LongformerConfig with random weights.

Source: https://huggingface.co/allenai/longformer-base-4096
"""
import torch
from transformers import LongformerConfig, LongformerModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LongformerConfig(
    vocab_size=50265,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=4098,
    attention_window=512,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
    sep_token_id=2,
)
model = LongformerModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
