# labels: name::nemotron3_diarization_audio author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Nemotron3DiarizationAudio audio model, built from transformers.Nemotron3DiarizationAudioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nemotron3_diarization_audio
"""
import torch
from transformers import Nemotron3DiarizationAudioConfig, Nemotron3DiarizationAudioModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Nemotron3DiarizationAudioConfig()
model = Nemotron3DiarizationAudioModel(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.num_mel_bins),
}

model(**inputs)
