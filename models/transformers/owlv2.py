# labels: name::owlv2 author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
Owlv2 text and image model, built from transformers.Owlv2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/owlv2
"""
import torch
from transformers import Owlv2Config, Owlv2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Owlv2Config()
model = Owlv2Model(config)
# Its text takes at most config.text_config.max_position_embeddings tokens (its position table).
seq_length = min(max_seq_length, config.text_config.max_position_embeddings)
# It takes only its config's image size, 768x768 (position embeddings or patch grid fixed when built).
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, seq_length)),
    "attention_mask": torch.ones(batch_size, seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 768, 768),
}

model(**inputs)
