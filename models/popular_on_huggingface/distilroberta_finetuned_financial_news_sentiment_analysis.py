# labels: name::distilroberta_finetuned_financial_news_sentiment_analysis author::mrm8488 task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis
"""
DistilRoBERTa fine-tuned for financial-news sentiment (3-label classification head), built from transformers.RobertaConfig with random weights.

Source: https://huggingface.co/mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis
"""
import torch
from transformers import RobertaConfig, RobertaForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RobertaConfig(
    vocab_size=50265,
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
    num_labels=3,
)
model = RobertaForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
