# labels: name::bert_large_uncased_whole_word_masking_squad2 author::deepset task::Natural_Language_Processing license::cc-by-4.0 test_group::daily hub_id::deepset/bert-large-uncased-whole-word-masking-squad2
"""
BERT large (whole-word masking) fine-tuned on SQuAD 2.0 (extractive question-answering head), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/deepset/bert-large-uncased-whole-word-masking-squad2
"""
import torch
from transformers import BertConfig, BertForQuestionAnswering

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=30522,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
    hidden_act="gelu",
    max_position_embeddings=512,
    type_vocab_size=2,
    layer_norm_eps=1e-12,
)
model = BertForQuestionAnswering(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
