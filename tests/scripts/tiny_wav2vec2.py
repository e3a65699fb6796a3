# labels: name::tiny_wav2vec2 author::huggingface test_group::parametrized
"""A one-layer wav2vec 2.0 (hidden 32): its positional convolution is weight-normed
(torch.nn.utils.parametrizations.weight_norm), which calls the parametrization while the model
is built."""
import torch
from transformers import Wav2Vec2Config, Wav2Vec2Model

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Wav2Vec2Config(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
                        conv_dim=(32, 32), conv_stride=(5, 2), conv_kernel=(10, 3),
                        num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=2)
model = Wav2Vec2Model(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
