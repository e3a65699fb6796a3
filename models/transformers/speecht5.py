# labels: name::speecht5 author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
SpeechT5 speech-to-text (base), built from transformers.SpeechT5Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/speecht5
"""
import torch
from transformers import SpeechT5Config, SpeechT5ForSpeechToText

from mlagility.parser import parse

batch_size, max_audio_seq_length, max_seq_length = parse(
    ["batch_size", "max_audio_seq_length", "max_seq_length"]
)

config = SpeechT5Config()
model = SpeechT5ForSpeechToText(config)
inputs = {
    "input_values": torch.randn(batch_size, max_audio_seq_length),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
