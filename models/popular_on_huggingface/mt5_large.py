# labels: name::mt5_large author::google task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::google/mt5-large
"""
mT5 large multilingual text-to-text transformer, built from transformers.MT5Config with random weights.

Source: https://huggingface.co/google/mt5-large
"""
import torch
from transformers import MT5Config, MT5ForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MT5Config(
    vocab_size=250112,
    d_model=1024,
    d_kv=64,
    d_ff=2816,
    num_layers=24,
    num_decoder_layers=24,
    num_heads=16,
    relative_attention_num_buckets=32,
    relative_attention_max_distance=128,
    layer_norm_epsilon=1e-06,
    feed_forward_proj="gated-gelu",
    tie_word_embeddings=False,
    pad_token_id=0,
    eos_token_id=1,
    decoder_start_token_id=0,
)
model = MT5ForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
