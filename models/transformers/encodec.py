# labels: name::encodec author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
EnCodec 24 kHz neural audio codec, built from transformers.EncodecConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/encodec
"""
import torch
from transformers import EncodecConfig, EncodecModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = EncodecConfig()
model = EncodecModel(config)
inputs = {"input_values": torch.randn(batch_size, config.audio_channels, max_audio_seq_length)}

model(**inputs)
