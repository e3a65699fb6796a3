# labels: name::qwen2_audio_encoder author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
Qwen2AudioEncoder audio model, built from transformers.Qwen2AudioEncoderConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qwen2_audio_encoder
"""
import torch
from transformers import Qwen2AudioEncoderConfig, Qwen2AudioEncoder

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]

config = Qwen2AudioEncoderConfig()
model = Qwen2AudioEncoder(config)
# Its encoder takes exactly 3000 spectrogram frames (twice its max_source_positions).
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, 3000),
}

model(**inputs)
