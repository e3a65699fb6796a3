# labels: name::distilbart_cnn_12_6 author::sshleifer task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::sshleifer/distilbart-cnn-12-6
"""
DistilBART CNN 12-6 summarizer (BART large, 12 encoder / 6 decoder layers), built from transformers.BartConfig with random weights.

Source: https://huggingface.co/sshleifer/distilbart-cnn-12-6
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
    decoder_layers=6,
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
