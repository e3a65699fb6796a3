# labels: name::electra_small_generator author::google task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::google/electra-small-generator
"""
ELECTRA small generator (masked-language-model head), built from transformers.ElectraConfig with random weights.

Source: https://huggingface.co/google/electra-small-generator
"""
import torch
from transformers import ElectraConfig, ElectraForMaskedLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ElectraConfig(
    vocab_size=30522,
    embedding_size=128,
    hidden_size=256,
    num_hidden_layers=12,
    num_attention_heads=4,
    intermediate_size=1024,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
)
model = ElectraForMaskedLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
