# labels: name::multilingual_e5_large_instruct author::intfloat task::Natural_Language_Processing license::mit test_group::daily hub_id::intfloat/multilingual-e5-large-instruct
"""
multilingual-e5-large-instruct text embedder (XLM-RoBERTa large), built from transformers.XLMRobertaConfig with random weights.

Source: https://huggingface.co/intfloat/multilingual-e5-large-instruct
"""
import torch
from transformers import XLMRobertaConfig, XLMRobertaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XLMRobertaConfig(
    vocab_size=250002,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
    hidden_act="gelu",
    max_position_embeddings=514,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = XLMRobertaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
