# labels: name::unlimited_ocr author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
UnlimitedOcr text and image model, built from transformers.UnlimitedOcrConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/unlimited_ocr
"""
import torch
from transformers import UnlimitedOcrConfig, UnlimitedOcrModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = UnlimitedOcrConfig()
model = UnlimitedOcrModel(config)
# It takes only 224x224 here (parse()'s default; its config names no image size): its image
# features, and so its placeholders below, are as many as that size gives.
# A processor's image placeholders, one per image feature (21), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 21), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 21 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, 3, 224, 224),
}

model(**inputs)
