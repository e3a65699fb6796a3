# labels: name::lasr_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
LasrEncoder audio model, built from transformers.LasrEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/lasr_encoder
"""
import torch
from transformers import LasrEncoderConfig, LasrEncoder

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = LasrEncoderConfig()
model = LasrEncoder(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.num_mel_bins),
}

model(**inputs)
