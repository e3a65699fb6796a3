# labels: name::got_ocr2 author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
GotOcr2 text and image model, built from transformers.GotOcr2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/got_ocr2
"""
import torch
from transformers import GotOcr2Config, GotOcr2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = GotOcr2Config()
model = GotOcr2Model(config)
# It takes only its config's image size, 1024x1024 (position embeddings or patch grid fixed when built).
# A processor's image placeholders, one per image feature (256), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 256), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 256 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 1024, 1024),
}

model(**inputs)
