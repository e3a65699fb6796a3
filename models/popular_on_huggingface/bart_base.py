# labels: name::bart_base author::facebook task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::facebook/bart-base
"""
BART base sequence-to-sequence transformer, built from transformers.BartConfig with random weights.

Source: https://huggingface.co/facebook/bart-base
"""
import torch
from transformers import BartConfig, BartModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BartConfig(
    vocab_size=50265,
    max_position_embeddings=1024,
    d_model=768,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=12,
    decoder_attention_heads=12,
    encoder_ffn_dim=3072,
    decoder_ffn_dim=3072,
    activation_function="gelu",
    scale_embedding=False,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
    decoder_start_token_id=2,
)
model = BartModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
