# labels: name::bloom_1b7 author::bigscience task::Generative_AI license::bigscience-bloom-rail-1.0 test_group::daily hub_id::bigscience/bloom-1b7 variant::one_layer
"""
BLOOM-1b7 multilingual causal language model (ALiBi positions), one of its 24 decoder layers, built from transformers.BloomConfig with random weights.

Source: https://huggingface.co/bigscience/bloom-1b7
"""
import torch
from transformers import BloomConfig, BloomForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 24 layers; one is built with the real hyperparameters (variant::one_layer)
config = BloomConfig(
    vocab_size=250880,
    hidden_size=2048,
    n_layer=1,
    n_head=16,
    layer_norm_epsilon=1e-05,
    bos_token_id=1,
    eos_token_id=2,
    pad_token_id=3,
)
model = BloomForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
