# labels: name::voxtral_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
VoxtralEncoder audio model, built from transformers.VoxtralEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/voxtral_encoder
"""
import torch
from transformers import VoxtralEncoderConfig, VoxtralEncoder

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = VoxtralEncoderConfig()
model = VoxtralEncoder(config)
# Its encoder takes exactly 3000 spectrogram frames (twice its max_source_positions).
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, 3000),
}

model(**inputs)
