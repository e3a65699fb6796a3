# labels: name::dac author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Dac audio model, built from transformers.DacConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dac
"""
import torch
from transformers import DacConfig, DacModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = DacConfig()
model = DacModel(config)
inputs = {
    "input_values": torch.randn(batch_size, 1, max_audio_seq_length),
}

model(**inputs)
