# labels: name::modernbert_large author::answerdotai task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::answerdotai/ModernBERT-large
"""
ModernBERT large encoder (alternating global and 128-token local attention), built from transformers.ModernBertConfig with random weights.

Source: https://huggingface.co/answerdotai/ModernBERT-large
"""
import torch
from transformers import ModernBertConfig, ModernBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ModernBertConfig(
    vocab_size=50368,
    hidden_size=1024,
    intermediate_size=2624,
    num_hidden_layers=28,
    num_attention_heads=16,
    hidden_activation="gelu",
    max_position_embeddings=8192,
    norm_eps=1e-05,
    local_attention=128,
    layer_types=["full_attention" if i % 3 == 0 else "sliding_attention" for i in range(28)],
    rope_parameters={
        "full_attention": {"rope_type": "default", "rope_theta": 160000.0},
        "sliding_attention": {"rope_type": "default", "rope_theta": 10000.0},
    },
    pad_token_id=50283,
    bos_token_id=50281,
    eos_token_id=50282,
    cls_token_id=50281,
    sep_token_id=50282,
)
model = ModernBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
