# labels: name::mistral_large4_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
MistralLarge4Text text model, its default hyperparameters but one layer per stack, built from transformers.MistralLarge4TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/mistral_large4_text
"""
import torch
from transformers import MistralLarge4TextConfig, MistralLarge4TextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MistralLarge4TextConfig(num_hidden_layers=1)
model = MistralLarge4TextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
