# labels: name::nllb_moe author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
NllbMoe encoder-decoder text model, its default hyperparameters but one layer per stack, built from transformers.NllbMoeConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/nllb_moe
"""
import torch
from transformers import NllbMoeConfig, NllbMoeModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = NllbMoeConfig(num_hidden_layers=1, encoder_layers=1, decoder_layers=1)
model = NllbMoeModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
