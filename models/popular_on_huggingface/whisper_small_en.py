# labels: name::whisper_small_en author::openai task::Audio license::apache-2.0 test_group::daily hub_id::openai/whisper-small.en
"""
Whisper small.en English speech recognizer (encoder-decoder), built from transformers.WhisperConfig with random weights.

Source: https://huggingface.co/openai/whisper-small.en
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
    d_model=768,
    encoder_layers=12,
    encoder_attention_heads=12,
    decoder_layers=12,
    decoder_attention_heads=12,
    encoder_ffn_dim=3072,
    decoder_ffn_dim=3072,
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
