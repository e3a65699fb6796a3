# labels: name::nemotron3_5_transcribe_asr_audio author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Nemotron3_5TranscribeAsrAudio audio model, built from transformers.Nemotron3_5TranscribeAsrAudioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nemotron3_5_transcribe_asr_audio
"""
import torch
from transformers import Nemotron3_5TranscribeAsrAudioConfig, Nemotron3_5TranscribeAsrAudioModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Nemotron3_5TranscribeAsrAudioConfig()
model = Nemotron3_5TranscribeAsrAudioModel(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.num_mel_bins),
}

model(**inputs)
