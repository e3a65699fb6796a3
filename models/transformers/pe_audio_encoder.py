# labels: name::pe_audio_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
PeAudioEncoder audio model, built from transformers.PeAudioEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pe_audio_encoder
"""
import torch
from transformers import PeAudioEncoderConfig, PeAudioEncoder

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = PeAudioEncoderConfig()
model = PeAudioEncoder(config)
inputs = {
    "input_values": torch.randn(batch_size, 1, max_audio_seq_length),
}

model(**inputs)
