# labels: name::xlm_roberta_base_language_detection author::papluca task::Natural_Language_Processing license::mit test_group::daily hub_id::papluca/xlm-roberta-base-language-detection
"""
XLM-RoBERTa base language detector (20-label classification head), built from transformers.XLMRobertaConfig with random weights.

Source: https://huggingface.co/papluca/xlm-roberta-base-language-detection
"""
import torch
from transformers import XLMRobertaConfig, XLMRobertaForSequenceClassification

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XLMRobertaConfig(
    vocab_size=250002,
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
    num_labels=20,
)
model = XLMRobertaForSequenceClassification(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
