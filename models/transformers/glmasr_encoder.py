# labels: name::glmasr_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
GlmAsrEncoder audio model, built from transformers.GlmAsrEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/glmasr_encoder
"""
import torch
from transformers import GlmAsrEncoderConfig, GlmAsrEncoder

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = GlmAsrEncoderConfig()
model = GlmAsrEncoder(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, frames),
}

model(**inputs)
