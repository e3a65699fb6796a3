# labels: name::embedding_gemma2_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
EmbeddingGemma2Text text model, built from transformers.EmbeddingGemma2TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/embedding_gemma2_text
"""
import torch
from transformers import EmbeddingGemma2TextConfig, EmbeddingGemma2TextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = EmbeddingGemma2TextConfig()
model = EmbeddingGemma2TextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
