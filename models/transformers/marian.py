# labels: name::marian author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
MarianMT (transformer-big shape, the config's defaults), built from transformers.MarianConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/marian
"""
import torch
from transformers import MarianConfig, MarianModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MarianConfig()
model = MarianModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
