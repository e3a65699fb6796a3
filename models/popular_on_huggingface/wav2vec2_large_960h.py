# labels: name::wav2vec2_large_960h author::facebook task::Audio license::apache-2.0 test_group::daily hub_id::facebook/wav2vec2-large-960h
"""
wav2vec 2.0 large fine-tuned on LibriSpeech 960h (CTC speech recognizer), built from transformers.Wav2Vec2Config with random weights.

Source: https://huggingface.co/facebook/wav2vec2-large-960h
"""
import torch
from transformers import Wav2Vec2Config, Wav2Vec2ForCTC

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Wav2Vec2Config(
    vocab_size=32,
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
    hidden_act="gelu",
    feat_extract_activation="gelu",
    feat_extract_norm="group",
    conv_bias=False,
    do_stable_layer_norm=False,
    conv_dim=[512, 512, 512, 512, 512, 512, 512],
    conv_stride=[5, 2, 2, 2, 2, 2, 2],
    conv_kernel=[10, 3, 3, 3, 3, 2, 2],
    num_conv_pos_embeddings=128,
    num_conv_pos_embedding_groups=16,
    layer_norm_eps=1e-05,
)
model = Wav2Vec2ForCTC(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
