# labels: name::wavlm_base author::microsoft task::Audio license::other test_group::daily hub_id::microsoft/wavlm-base
"""
WavLM base speech encoder (gated relative position bias), built from transformers.WavLMConfig with random weights.

Source: https://huggingface.co/microsoft/wavlm-base
"""
import torch
from transformers import WavLMConfig, WavLMModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = WavLMConfig(
    vocab_size=32,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
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
    num_buckets=320,
    max_bucket_distance=800,
)
model = WavLMModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
