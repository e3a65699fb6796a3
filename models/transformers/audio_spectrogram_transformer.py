# labels: name::audio_spectrogram_transformer author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Audio Spectrogram Transformer (base), built from transformers.ASTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/audio-spectrogram-transformer
"""
import torch
from transformers import ASTConfig, ASTModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

# 128-bin filterbank frames at a 160-sample hop
frames = max_audio_seq_length // 160
config = ASTConfig(max_length=frames)
model = ASTModel(config)
inputs = {"input_values": torch.randn(batch_size, frames, config.num_mel_bins)}

model(**inputs)
