# labels: name::glm_ocr_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
GlmOcrText text model, built from transformers.GlmOcrTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/glm_ocr_text
"""
import torch
from transformers import GlmOcrTextConfig, GlmOcrTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GlmOcrTextConfig()
model = GlmOcrTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
