# labels: name::gemma4_unified_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Gemma4UnifiedText text model, built from transformers.Gemma4UnifiedTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/gemma4_unified_text
"""
import torch
from transformers import Gemma4UnifiedTextConfig, Gemma4UnifiedTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Gemma4UnifiedTextConfig()
model = Gemma4UnifiedTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
