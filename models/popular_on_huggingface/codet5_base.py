# labels: name::codet5_base author::Salesforce task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::Salesforce/codet5-base
"""
CodeT5 base code-aware text-to-text transformer, built from transformers.T5Config with random weights.

Source: https://huggingface.co/Salesforce/codet5-base
"""
import torch
from transformers import T5Config, T5ForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = T5Config(
    vocab_size=32100,
    d_model=768,
    d_kv=64,
    d_ff=3072,
    num_layers=12,
    num_decoder_layers=12,
    num_heads=12,
    relative_attention_num_buckets=32,
    relative_attention_max_distance=128,
    layer_norm_epsilon=1e-06,
    feed_forward_proj="relu",
    tie_word_embeddings=True,
    pad_token_id=0,
    eos_token_id=2,
    decoder_start_token_id=0,
    bos_token_id=1,
)
model = T5ForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
