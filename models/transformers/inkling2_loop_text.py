# labels: name::inkling2_loop_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Inkling2LoopText text model, its default hyperparameters but one layer per stack, built from transformers.Inkling2LoopTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/inkling2_loop_text
"""
import torch
from transformers import Inkling2LoopTextConfig, Inkling2LoopTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Inkling2LoopTextConfig(num_hidden_layers=1)
model = Inkling2LoopTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
