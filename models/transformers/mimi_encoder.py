# labels: name::mimi_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
MimiEncoder audio model, built from transformers.MimiEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mimi_encoder
"""
import torch
from transformers import MimiEncoderConfig, MimiEncoderModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = MimiEncoderConfig()
model = MimiEncoderModel(config)
inputs = {
    "input_values": torch.randn(batch_size, config.audio_channels, max_audio_seq_length),
}

model(**inputs)
