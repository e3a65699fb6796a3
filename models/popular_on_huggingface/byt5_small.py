# labels: name::byt5_small author::google task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::google/byt5-small
"""
ByT5 small byte-level text-to-text transformer (12 encoder, 4 decoder layers), built from transformers.T5Config with random weights.

Source: https://huggingface.co/google/byt5-small
"""
import torch
from transformers import T5Config, T5ForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = T5Config(
    vocab_size=384,
    d_model=1472,
    d_kv=64,
    d_ff=3584,
    num_layers=12,
    num_decoder_layers=4,
    num_heads=6,
    relative_attention_num_buckets=32,
    relative_attention_max_distance=128,
    layer_norm_epsilon=1e-06,
    feed_forward_proj="gated-gelu",
    tie_word_embeddings=False,
    pad_token_id=0,
    eos_token_id=1,
    decoder_start_token_id=0,
)
model = T5ForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
