# labels: name::nllb_200_distilled_1_3b author::facebook task::Natural_Language_Processing license::cc-by-nc-4.0 test_group::daily hub_id::facebook/nllb-200-distilled-1.3B
"""
NLLB-200 distilled 1.3B translation model (200 languages), built from transformers.M2M100Config with random weights.

Source: https://huggingface.co/facebook/nllb-200-distilled-1.3B
"""
import torch
from transformers import M2M100Config, M2M100ForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = M2M100Config(
    vocab_size=256206,
    max_position_embeddings=1024,
    d_model=1024,
    encoder_layers=24,
    decoder_layers=24,
    encoder_attention_heads=16,
    decoder_attention_heads=16,
    encoder_ffn_dim=8192,
    decoder_ffn_dim=8192,
    activation_function="relu",
    scale_embedding=True,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
    decoder_start_token_id=2,
)
model = M2M100ForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
