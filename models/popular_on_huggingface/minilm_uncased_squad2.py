# labels: name::minilm_uncased_squad2 author::deepset task::Natural_Language_Processing license::cc-by-4.0 test_group::daily hub_id::deepset/minilm-uncased-squad2
"""
MiniLM (12-layer, 384-wide BERT) fine-tuned on SQuAD 2.0 (extractive question-answering head), built from transformers.BertConfig with random weights.

Source: https://huggingface.co/deepset/minilm-uncased-squad2
"""
import torch
from transformers import BertConfig, BertForQuestionAnswering

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BertConfig(
    vocab_size=30522,
    hidden_size=384,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=1536,
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
