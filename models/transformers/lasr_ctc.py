# labels: name::lasr_ctc author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
LasrCTC audio model, built from transformers.LasrCTCConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/lasr_ctc
"""
import torch
from transformers import LasrCTCConfig, LasrForCTC

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = LasrCTCConfig()
model = LasrForCTC(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_features": torch.randn(batch_size, frames, config.encoder_config.num_mel_bins),
}

model(**inputs)
