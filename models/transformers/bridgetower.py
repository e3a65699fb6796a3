# labels: name::bridgetower author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
BridgeTower (base), built from transformers.BridgeTowerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/bridgetower
"""
import torch
from transformers import BridgeTowerConfig, BridgeTowerModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

config = BridgeTowerConfig(vision_config={"image_size": height, "num_channels": num_channels})
model = BridgeTowerModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
