# labels: name::pocket_tts author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
PocketTTS text model, built from transformers.PocketTTSConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pocket_tts
"""
import torch
from transformers import PocketTTSConfig, PocketTTSModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PocketTTSConfig()
model = PocketTTSModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
