# labels: name::opus_mt_en_zh author::Helsinki-NLP task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::Helsinki-NLP/opus-mt-en-zh
"""
OPUS-MT English-to-Chinese Marian translation model, built from transformers.MarianConfig with random weights.

Source: https://huggingface.co/Helsinki-NLP/opus-mt-en-zh
"""
import torch
from transformers import MarianConfig, MarianMTModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MarianConfig(
    vocab_size=65001,
    decoder_vocab_size=65001,
    max_position_embeddings=512,
    d_model=512,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=8,
    decoder_attention_heads=8,
    encoder_ffn_dim=2048,
    decoder_ffn_dim=2048,
    activation_function="swish",
    scale_embedding=True,
    share_encoder_decoder_embeddings=True,
    pad_token_id=65000,
    decoder_start_token_id=65000,
    eos_token_id=0,
)
model = MarianMTModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
