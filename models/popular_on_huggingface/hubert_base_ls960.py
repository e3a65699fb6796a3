# labels: name::hubert_base_ls960 author::facebook task::Audio license::apache-2.0 test_group::daily hub_id::facebook/hubert-base-ls960
"""
HuBERT base self-supervised speech encoder, built from transformers.HubertConfig with random weights.

Source: https://huggingface.co/facebook/hubert-base-ls960
"""
import torch
from transformers import HubertConfig, HubertModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = HubertConfig(
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
)
model = HubertModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
