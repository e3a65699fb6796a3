# labels: name::wavlm author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
WavLM (base), built from transformers.WavLMConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/wavlm
"""
import torch
from transformers import WavLMConfig, WavLMModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = WavLMConfig()
model = WavLMModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
