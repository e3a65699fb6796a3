# labels: name::dots3_note_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Dots3NoteText text model, its default hyperparameters but one layer per stack, built from transformers.Dots3NoteTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/dots3_note_text
"""
import torch
from transformers import Dots3NoteTextConfig, Dots3NoteTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Dots3NoteTextConfig(num_hidden_layers=1)
model = Dots3NoteTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
