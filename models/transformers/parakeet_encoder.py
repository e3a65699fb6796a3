# labels: name::parakeet_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
ParakeetEncoder audio model, built from transformers.ParakeetEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/parakeet_encoder
"""
import torch
from transformers import ParakeetEncoderConfig, ParakeetEncoder

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = ParakeetEncoderConfig()
model = ParakeetEncoder(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.num_mel_bins),
}

model(**inputs)
