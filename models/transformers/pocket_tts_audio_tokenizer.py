# labels: name::pocket_tts_audio_tokenizer author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
PocketTTSAudioTokenizer audio model, built from transformers.PocketTTSAudioTokenizerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pocket_tts_audio_tokenizer
"""
import torch
from transformers import PocketTTSAudioTokenizerConfig, PocketTTSAudioTokenizerModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = PocketTTSAudioTokenizerConfig()
model = PocketTTSAudioTokenizerModel(config)
inputs = {
    "input_values": torch.randn(batch_size, config.audio_channels, max_audio_seq_length),
}

model(**inputs)
