# labels: name::wav2vec2 author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
wav2vec 2.0 (base), built from transformers.Wav2Vec2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/wav2vec2
"""
import torch
from transformers import Wav2Vec2Config, Wav2Vec2Model

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Wav2Vec2Config()
model = Wav2Vec2Model(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
