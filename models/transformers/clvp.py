# labels: name::clvp author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
Clvp text and audio model, built from transformers.ClvpConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/clvp
"""
import torch
from transformers import ClvpConfig, ClvpModelForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length, max_audio_seq_length = parse(
    ["batch_size", "max_seq_length", "max_audio_seq_length"]
)

# Its speech encoder reads the speech ids its decoder writes, up to decoder_config.vocab_size
# (8194): the default speech vocabulary (256, the text one's size) does not hold them, so here it is
# the decoder's.
config = ClvpConfig(speech_config={"vocab_size": 8194})
model = ClvpModelForConditionalGeneration(config)
# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.
frames = max_audio_seq_length // 160
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "input_features": torch.randn(batch_size, config.decoder_config.feature_size, frames),
}

model(**inputs)
