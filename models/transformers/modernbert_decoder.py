# labels: name::modernbert_decoder author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
ModernBertDecoder text model, built from transformers.ModernBertDecoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/modernbert_decoder
"""
import torch
from transformers import ModernBertDecoderConfig, ModernBertDecoderModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ModernBertDecoderConfig()
model = ModernBertDecoderModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
