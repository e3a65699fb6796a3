# labels: name::moonshine author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Moonshine (tiny) speech encoder-decoder on raw audio, built from transformers.MoonshineConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/moonshine
"""
import torch
from transformers import MoonshineConfig, MoonshineModel

from mlagility.parser import parse

batch_size, max_audio_seq_length, max_seq_length = parse(
    ["batch_size", "max_audio_seq_length", "max_seq_length"]
)

config = MoonshineConfig()
model = MoonshineModel(config)
inputs = {
    "input_values": torch.randn(batch_size, max_audio_seq_length),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
