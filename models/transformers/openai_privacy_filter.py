# labels: name::openai_privacy_filter author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
OpenAIPrivacyFilter text model, built from transformers.OpenAIPrivacyFilterConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/openai_privacy_filter
"""
import torch
from transformers import OpenAIPrivacyFilterConfig, OpenAIPrivacyFilterModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = OpenAIPrivacyFilterConfig()
model = OpenAIPrivacyFilterModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
