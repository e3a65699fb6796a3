# labels: name::hubert author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
HuBERT (base), built from transformers.HubertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/hubert
"""
import torch
from transformers import HubertConfig, HubertModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = HubertConfig()
model = HubertModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
