# labels: name::flan_t5_xl author::google task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::google/flan-t5-xl variant::one_layer
"""
Flan-T5 XL instruction-tuned text-to-text transformer, one encoder and one decoder layer of 24 each, built from transformers.T5Config with random weights.

Source: https://huggingface.co/google/flan-t5-xl
"""
import torch
from transformers import T5Config, T5ForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 24 encoder and 24 decoder layers; one of each is built (variant::one_layer)
config = T5Config(
    vocab_size=32128,
    d_model=2048,
    d_kv=64,
    d_ff=5120,
    num_layers=1,
    num_decoder_layers=1,
    num_heads=32,
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
