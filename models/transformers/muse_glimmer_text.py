# labels: name::muse_glimmer_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
MuseGlimmerText text model, its default hyperparameters but one layer per stack, built from transformers.MuseGlimmerTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/muse_glimmer_text
"""
import torch
from transformers import MuseGlimmerTextConfig, MuseGlimmerTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MuseGlimmerTextConfig(num_hidden_layers=1)
model = MuseGlimmerTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
