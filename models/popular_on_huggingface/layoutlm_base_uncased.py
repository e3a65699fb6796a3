# labels: name::layoutlm_base_uncased author::microsoft task::Multimodal license::mit test_group::daily hub_id::microsoft/layoutlm-base-uncased
"""
LayoutLM base (uncased) document encoder: text plus 2-D box embeddings, built from transformers.LayoutLMConfig with random weights.

Source: https://huggingface.co/microsoft/layoutlm-base-uncased
"""
import torch
from transformers import LayoutLMConfig, LayoutLMModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LayoutLMConfig(
    vocab_size=30522,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=512,
    max_2d_position_embeddings=1024,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
)
model = LayoutLMModel(config)
top_left = torch.randint(0, 500, (batch_size, max_seq_length, 2))
bbox = torch.cat([top_left, top_left + torch.randint(0, 500, (batch_size, max_seq_length, 2))], dim=-1)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "bbox": bbox,
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
