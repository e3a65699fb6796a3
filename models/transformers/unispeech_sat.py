# labels: name::unispeech_sat author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
UniSpeech-SAT (base), built from transformers.UniSpeechSatConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/unispeech-sat
"""
import torch
from transformers import UniSpeechSatConfig, UniSpeechSatModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = UniSpeechSatConfig()
model = UniSpeechSatModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
