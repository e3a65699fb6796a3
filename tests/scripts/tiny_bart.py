# labels: name::tiny_bart author::huggingface test_group::cache
"""A one-layer BART (d_model 32): an encoder-decoder that returns an EncoderDecoderCache."""
import torch
from transformers import BartConfig, BartModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BartConfig(d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                    decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, vocab_size=128,
                    max_position_embeddings=64)
model = BartModel(config)
inputs = {
    "input_ids": torch.randint(4, config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
