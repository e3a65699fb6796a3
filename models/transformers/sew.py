# labels: name::sew author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
SEW (tiny, the config's defaults), built from transformers.SEWConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sew
"""
import torch
from transformers import SEWConfig, SEWModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = SEWConfig()
model = SEWModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
