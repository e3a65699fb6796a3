# labels: name::distil_medium_en author::distil-whisper task::Audio license::mit test_group::daily hub_id::distil-whisper/distil-medium.en
"""
Distil-Whisper medium.en English speech recognizer (24 encoder, 2 decoder layers), built from transformers.WhisperConfig with random weights.

Source: https://huggingface.co/distil-whisper/distil-medium.en
"""
import torch
from transformers import WhisperConfig, WhisperForConditionalGeneration

from mlagility.parser import parse

batch_size, max_audio_seq_length, max_seq_length = parse(["batch_size", "max_audio_seq_length", "max_seq_length"])

# log-mel frames at a 160-sample hop; the encoder takes exactly 2 * max_source_positions frames
# (1500 on the Hub for a 30 s window), so the clip length sets max_source_positions
num_frames = max_audio_seq_length // 320 * 2

config = WhisperConfig(
    vocab_size=51864,
    num_mel_bins=80,
    d_model=1024,
    encoder_layers=24,
    encoder_attention_heads=16,
    decoder_layers=2,
    decoder_attention_heads=16,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
    activation_function="gelu",
    scale_embedding=False,
    max_source_positions=num_frames // 2,
    max_target_positions=448,
    pad_token_id=50256,
    bos_token_id=50257,
    eos_token_id=50256,
    decoder_start_token_id=50257,
)
model = WhisperForConditionalGeneration(config)
inputs = {
    "input_features": torch.randn(batch_size, config.num_mel_bins, num_frames),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
