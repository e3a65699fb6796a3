# labels: name::multi_qa_mpnet_base_cos_v1 author::sentence-transformers task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::sentence-transformers/multi-qa-mpnet-base-cos-v1
"""
multi-qa-mpnet-base-cos-v1 semantic-search embedder (MPNet base), built from transformers.MPNetConfig with random weights.

Source: https://huggingface.co/sentence-transformers/multi-qa-mpnet-base-cos-v1
"""
import torch
from transformers import MPNetConfig, MPNetModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MPNetConfig(
    vocab_size=30527,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=514,
    relative_attention_num_buckets=32,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = MPNetModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
