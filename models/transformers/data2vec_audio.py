# labels: name::data2vec_audio author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
data2vec-audio (base), built from transformers.Data2VecAudioConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/data2vec
"""
import torch
from transformers import Data2VecAudioConfig, Data2VecAudioModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = Data2VecAudioConfig()
model = Data2VecAudioModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
