# labels: name::mbart_large_50_many_to_many_mmt author::facebook task::Natural_Language_Processing license::mit test_group::daily hub_id::facebook/mbart-large-50-many-to-many-mmt
"""
mBART-50 many-to-many multilingual translation model (50 languages), built from transformers.MBartConfig with random weights.

Source: https://huggingface.co/facebook/mbart-large-50-many-to-many-mmt
"""
import torch
from transformers import MBartConfig, MBartForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MBartConfig(
    vocab_size=250054,
    max_position_embeddings=1024,
    d_model=1024,
    encoder_layers=12,
    decoder_layers=12,
    encoder_attention_heads=16,
    decoder_attention_heads=16,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
    activation_function="gelu",
    scale_embedding=True,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = MBartForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
