# labels: name::bert_base_multilingual_cased_ner_hrl author::Davlan task::Natural_Language_Processing license::afl-3.0 test_group::daily hub_id::Davlan/bert-base-multilingual-cased-ner-hrl
"""
Multilingual BERT (cased) fine-tuned for named entities in 10 languages (9-label token-classification head), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/Davlan/bert-base-multilingual-cased-ner-hrl
"""
import torch
from transformers import BertConfig, BertForTokenClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=119547,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
    num_labels=9,
)
model = BertForTokenClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
