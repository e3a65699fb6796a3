# labels: name::univnet author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
UnivNet audio model, built from transformers.UnivNetConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/univnet
"""
import torch
from transformers import UnivNetConfig, UnivNetModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = UnivNetConfig()
model = UnivNetModel(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.num_mel_bins),
}

model(**inputs)
