# labels: name::pe_audio author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
PeAudio text and audio model, built from transformers.PeAudioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pe_audio
"""
import torch
from transformers import PeAudioConfig, PeAudioModel

from mlagility.parser import parse

batch_size, max_seq_length, max_audio_seq_length = parse(
    ["batch_size", "max_seq_length", "max_audio_seq_length"]
)

config = PeAudioConfig()
model = PeAudioModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "input_values": torch.randn(batch_size, 1, max_audio_seq_length),
}

model(**inputs)
