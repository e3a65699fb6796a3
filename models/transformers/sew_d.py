# labels: name::sew_d author::huggingface task::Audio license::apache-2.0 test_group::daily
"""
SEW-D (tiny, the config's defaults), built from transformers.SEWDConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sew-d
"""
import torch
from transformers import SEWDConfig, SEWDModel

from mlagility.parser import parse

batch_size, max_audio_seq_length = parse(["batch_size", "max_audio_seq_length"])

config = SEWDConfig()
model = SEWDModel(config)
inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}

model(**inputs)
