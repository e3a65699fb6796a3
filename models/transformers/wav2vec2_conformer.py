# labels: name::wav2vec2_conformer author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
wav2vec 2.0 Conformer (large, rotary), built from transformers.Wav2Vec2ConformerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/wav2vec2-conformer
"""
import torch
from transformers import Wav2Vec2ConformerConfig, Wav2Vec2ConformerModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Wav2Vec2ConformerConfig(position_embeddings_type="rotary")
model = Wav2Vec2ConformerModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
