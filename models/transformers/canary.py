# labels: name::canary author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Canary encoder-decoder audio model, built from transformers.CanaryConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/canary
"""
import torch
from transformers import CanaryConfig, CanaryModel

from mlagility.parser import parse

batch_size, max_audio_seq_length, max_seq_length = parse(
    ["batch_size", "max_audio_seq_length", "max_seq_length"]
)

config = CanaryConfig()
model = CanaryModel(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.encoder_config.num_mel_bins),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
