# labels: name::whisper author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Whisper (tiny-sized defaults) encoder-decoder, built from transformers.WhisperConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/whisper
"""
import torch
from transformers import WhisperConfig, WhisperModel

from mlagility.parser import parse

batch_size, max_audio_seq_length, max_seq_length = parse(
    ["batch_size", "max_audio_seq_length", "max_seq_length"]
)

# log-mel frames at a 160-sample hop, kept even for the encoder's stride-2 conv
frames = 2 * (max_audio_seq_length // 320)
config = WhisperConfig(max_source_positions=frames // 2)
model = WhisperModel(config)
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, frames),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
