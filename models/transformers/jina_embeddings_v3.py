# labels: name::jina_embeddings_v3 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
JinaEmbeddingsV3 text model, built from transformers.JinaEmbeddingsV3Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/jina_embeddings_v3
"""
import torch
from transformers import JinaEmbeddingsV3Config, JinaEmbeddingsV3Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = JinaEmbeddingsV3Config()
model = JinaEmbeddingsV3Model(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
