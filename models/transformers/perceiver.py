# labels: name::perceiver author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Perceiver text model with its task head (PerceiverForMaskedLM), built from transformers.PerceiverConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/perceiver
"""
import torch
from transformers import PerceiverConfig, PerceiverForMaskedLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PerceiverConfig()
# The base model fails on plain inputs (takes no text, image or audio input (attention_mask, inputs, interpolate_pos_encoding, kwargs, output_attentions, output_hidden_states)): its task head takes them.
model = PerceiverForMaskedLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
