# labels: name::codeberta_small_v1 author::huggingface task::Natural_Language_Processing license::unknown test_group::daily hub_id::huggingface/CodeBERTa-small-v1
"""
CodeBERTa small code encoder (6-layer RoBERTa), built from transformers.RobertaConfig with random weights.

Source: https://huggingface.co/huggingface/CodeBERTa-small-v1
"""
import torch
from transformers import RobertaConfig, RobertaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RobertaConfig(
    vocab_size=52000,
    hidden_size=768,
    num_hidden_layers=6,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=514,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = RobertaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
