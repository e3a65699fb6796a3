# labels: name::voxtral_realtime_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
VoxtralRealtimeEncoder audio model, built from transformers.VoxtralRealtimeEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/voxtral_realtime_encoder
"""
import torch
from transformers import VoxtralRealtimeEncoderConfig, VoxtralRealtimeEncoder

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = VoxtralRealtimeEncoderConfig()
model = VoxtralRealtimeEncoder(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, frames),
}

model(**inputs)
