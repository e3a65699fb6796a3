# labels: name::pocket_tts_audio_tokenizer_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
PocketTTSAudioTokenizerEncoder audio model, built from transformers.PocketTTSAudioTokenizerEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pocket_tts_audio_tokenizer_encoder
"""
import torch
from transformers import PocketTTSAudioTokenizerEncoderConfig, PocketTTSAudioTokenizerEncoderModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = PocketTTSAudioTokenizerEncoderConfig()
model = PocketTTSAudioTokenizerEncoderModel(config)
inputs = {
    "input_values": torch.randn(batch_size, config.audio_channels, max_audio_seq_length),
}

model(**inputs)
