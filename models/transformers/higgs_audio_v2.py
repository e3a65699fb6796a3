# labels: name::higgs_audio_v2 author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
HiggsAudioV2 text model, its default hyperparameters but one layer per stack, built from transformers.HiggsAudioV2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/higgs_audio_v2
"""
import torch
from transformers import HiggsAudioV2Config, HiggsAudioV2ForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = HiggsAudioV2Config(num_hidden_layers=1)
model = HiggsAudioV2ForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
