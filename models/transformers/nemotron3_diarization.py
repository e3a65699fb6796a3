# labels: name::nemotron3_diarization author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Nemotron3Diarization audio model, built from transformers.Nemotron3DiarizationConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nemotron3_diarization
"""
import torch
from transformers import Nemotron3DiarizationConfig, Nemotron3DiarizationModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Nemotron3DiarizationConfig()
model = Nemotron3DiarizationModel(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.audio_config.num_mel_bins),
}

model(**inputs)
