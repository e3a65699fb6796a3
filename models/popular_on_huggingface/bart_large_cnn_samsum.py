# labels: name::bart_large_cnn_samsum author::philschmid task::Natural_Language_Processing license::mit test_group::daily hub_id::philschmid/bart-large-cnn-samsum
"""
BART large CNN fine-tuned on SAMSum for dialogue summarization, built from transformers.BartConfig with random weights.

Source: https://huggingface.co/philschmid/bart-large-cnn-samsum
"""
import torch
from transformers import BartConfig, BartForConditionalGeneration

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
)
model = BartForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
