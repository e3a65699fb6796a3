# labels: name::bart_large_mnli author::facebook task::Natural_Language_Processing license::mit test_group::daily hub_id::facebook/bart-large-mnli
"""
BART large fine-tuned on MNLI, the zero-shot classifier (3-label head), built from transformers.BartConfig with random weights.

Source: https://huggingface.co/facebook/bart-large-mnli
"""
import torch
from transformers import BartConfig, BartForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BartConfig(
    vocab_size=50265,
    max_position_embeddings=1024,
    d_model=1024,
    encoder_layers=12,
    decoder_layers=12,
    encoder_attention_heads=16,
    decoder_attention_heads=16,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
    activation_function="gelu",
    scale_embedding=False,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
    decoder_start_token_id=2,
    num_labels=3,
)
model = BartForSequenceClassification(config)
# the classification head reads the final </s>, so every sequence ends with exactly one
input_ids = torch.randint(3, config.vocab_size, (batch_size, max_seq_length))
input_ids[:, -1] = config.eos_token_id
inputs = {
    "input_ids": input_ids,
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
