# labels: name::speech_to_text author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Speech2Text (small, the config's defaults) encoder-decoder, built from transformers.Speech2TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/speech_to_text
"""
import torch
from transformers import Speech2TextConfig, Speech2TextModel

from mlagility.parser import parse

batch_size, max_audio_seq_length, max_seq_length = parse(
    ["batch_size", "max_audio_seq_length", "max_seq_length"]
)

config = Speech2TextConfig()
# 80-bin filterbank frames at a 160-sample hop
frames = max_audio_seq_length // 160
model = Speech2TextModel(config)
inputs = {
    "input_features": torch.randn(batch_size, frames, config.input_feat_per_channel),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
