# labels: name::twitter_roberta_base_offensive author::cardiffnlp task::Natural_Language_Processing license::unknown test_group::daily hub_id::cardiffnlp/twitter-roberta-base-offensive
"""
Twitter-RoBERTa base for offensive-language detection (2-label classification head), built from transformers.RobertaConfig with random weights.

Source: https://huggingface.co/cardiffnlp/twitter-roberta-base-offensive
"""
import torch
from transformers import RobertaConfig, RobertaForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RobertaConfig(
    vocab_size=50265,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=514,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
    num_labels=2,
)
model = RobertaForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
