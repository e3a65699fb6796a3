# labels: name::bert_base_multilingual_uncased_sentiment author::nlptown task::Natural_Language_Processing license::mit test_group::daily hub_id::nlptown/bert-base-multilingual-uncased-sentiment
"""
Multilingual BERT base fine-tuned for 1-5 star review sentiment (5-label classification head), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/nlptown/bert-base-multilingual-uncased-sentiment
"""
import torch
from transformers import BertConfig, BertForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=105879,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
    num_labels=5,
)
model = BertForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
