# labels: name::data2vec_audio_base_960h author::facebook task::Audio license::apache-2.0 test_group::daily hub_id::facebook/data2vec-audio-base-960h
"""
data2vec-audio base fine-tuned on LibriSpeech 960h (CTC speech recognizer), built from transformers.Data2VecAudioConfig with random weights.

Source: https://huggingface.co/facebook/data2vec-audio-base-960h
"""
import torch
from transformers import Data2VecAudioConfig, Data2VecAudioForCTC

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Data2VecAudioConfig(
    vocab_size=32,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    feat_extract_activation="gelu",
    conv_bias=False,
    conv_dim=[512, 512, 512, 512, 512, 512, 512],
    conv_stride=[5, 2, 2, 2, 2, 2, 2],
    conv_kernel=[10, 3, 3, 3, 3, 2, 2],
    conv_pos_kernel_size=19,
    num_conv_pos_embeddings=5,
    num_conv_pos_embedding_groups=16,
    layer_norm_eps=1e-05,
)
model = Data2VecAudioForCTC(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
