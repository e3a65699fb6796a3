# labels: name::blenderbot_small author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Blenderbot small 90M, built from transformers.BlenderbotSmallConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/blenderbot_small
"""
import torch
from transformers import BlenderbotSmallConfig, BlenderbotSmallModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BlenderbotSmallConfig(encoder_layers=8, decoder_layers=8)
model = BlenderbotSmallModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
