# labels: name::mobilebert_uncased author::google task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::google/mobilebert-uncased
"""
MobileBERT (uncased) bottleneck encoder, built from transformers.MobileBertConfig with random weights.

Source: https://huggingface.co/google/mobilebert-uncased
"""
import torch
from transformers import MobileBertConfig, MobileBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MobileBertConfig(
    vocab_size=30522,
    hidden_size=512,
    num_hidden_layers=24,
    num_attention_heads=4,
    intermediate_size=512,
    hidden_act="relu",
    max_position_embeddings=512,
    type_vocab_size=2,
    embedding_size=128,
    trigram_input=True,
    use_bottleneck=True,
    intra_bottleneck_size=128,
    use_bottleneck_attention=False,
    key_query_shared_bottleneck=True,
    num_feedforward_networks=4,
    normalization_type="no_norm",
)
model = MobileBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
