# labels: name::longformer_large_4096 author::allenai task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::allenai/longformer-large-4096
"""
Longformer large encoder (sliding-window attention, 4096 tokens), built from transformers.LongformerConfig with random weights.

Source: https://huggingface.co/allenai/longformer-large-4096
"""
import torch
from transformers import LongformerConfig, LongformerModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LongformerConfig(
    vocab_size=50265,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
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
