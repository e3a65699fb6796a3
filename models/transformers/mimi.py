# labels: name::mimi author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Mimi audio model, built from transformers.MimiConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mimi
"""
import torch
from transformers import MimiConfig, MimiModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = MimiConfig()
model = MimiModel(config)
inputs = {
    "input_values": torch.randn(batch_size, config.audio_channels, max_audio_seq_length),
}

model(**inputs)
