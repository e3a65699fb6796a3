# labels: name::groupvit author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
GroupViT, built from transformers.GroupViTConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/groupvit
"""
import torch
from transformers import GroupViTConfig, GroupViTModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

# the text tower keeps its 77 positions unless the sequence is longer
config = GroupViTConfig(
    text_config={"max_position_embeddings": max(77, max_seq_length)},
    vision_config={"image_size": height, "num_channels": num_channels},
)
# eval mode: the projection heads' BatchNorm rejects a batch of one in train mode
model = GroupViTModel(config).eval()
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, num_channels, height, width),
}

model(**inputs)
