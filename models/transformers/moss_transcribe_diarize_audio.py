# labels: name::moss_transcribe_diarize_audio author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
MossTranscribeDiarizeAudio audio model, built from transformers.MossTranscribeDiarizeAudioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/moss_transcribe_diarize_audio
"""
import torch
from transformers import MossTranscribeDiarizeAudioConfig, MossTranscribeDiarizeAudioModel

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = MossTranscribeDiarizeAudioConfig()
model = MossTranscribeDiarizeAudioModel(config)
# Its encoder takes exactly 3000 spectrogram frames (twice its max_source_positions).
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, 3000),
}

model(**inputs)
