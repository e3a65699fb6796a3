# labels: name::led author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Longformer Encoder-Decoder (base), built from transformers.LEDConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/led
"""
import torch
from transformers import LEDConfig, LEDModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LEDConfig(
    d_model=768,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=12,
    decoder_attention_heads=12,
    encoder_ffn_dim=3072,
    decoder_ffn_dim=3072,
    attention_window=1024,
)
model = LEDModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
