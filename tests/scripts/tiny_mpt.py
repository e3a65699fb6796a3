# labels: name::tiny_mpt author::huggingface test_group::fusions
"""A one-layer MPT (d_model 32) called once: MPT's LayerNorms have no bias, which onnxruntime's
SkipLayerNormalization fusion reads all the same."""
import torch
from transformers import MptConfig, MptForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MptConfig(d_model=32, n_heads=2, n_layers=1, vocab_size=128, max_seq_len=64)
model = MptForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
