# labels: name::emotion_english_roberta_large author::j-hartmann task::Natural_Language_Processing license::unknown test_group::daily hub_id::j-hartmann/emotion-english-roberta-large
"""
Emotion English RoBERTa large (7-label classification head: Ekman's six and neutral), built from transformers.RobertaConfig with random weights.

Source: https://huggingface.co/j-hartmann/emotion-english-roberta-large
"""
import torch
from transformers import RobertaConfig, RobertaForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RobertaConfig(
    vocab_size=50265,
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
    num_labels=7,
)
model = RobertaForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
