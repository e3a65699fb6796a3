# labels: name::chinese_clip author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
Chinese-CLIP ViT-B/16, built from transformers.ChineseCLIPConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/chinese_clip
"""
import torch
from transformers import ChineseCLIPConfig, ChineseCLIPModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

config = ChineseCLIPConfig(vision_config={"image_size": height, "num_channels": num_channels})
model = ChineseCLIPModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
