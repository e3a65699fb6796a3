# labels: name::unispeech author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
UniSpeech audio model, built from transformers.UniSpeechConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/unispeech
"""
import torch
from transformers import UniSpeechConfig, UniSpeechModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = UniSpeechConfig()
model = UniSpeechModel(config)
inputs = {
    "input_values": torch.randn(batch_size, max_audio_seq_length),
}

model(**inputs)
