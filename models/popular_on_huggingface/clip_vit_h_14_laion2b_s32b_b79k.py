# labels: name::clip_vit_h_14_laion2b_s32b_b79k author::laion task::Multimodal license::mit test_group::daily hub_id::laion/CLIP-ViT-H-14-laion2B-s32B-b79K
"""
OpenCLIP ViT-H/14 trained on LAION-2B, built from transformers.CLIPConfig with random weights.

Source: https://huggingface.co/laion/CLIP-ViT-H-14-laion2B-s32B-b79K
"""
import torch
from transformers import CLIPConfig, CLIPModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(["batch_size", "max_seq_length", "num_channels", "height", "width"])

# vision position embeddings are sized for the (square) input: 224 on the Hub
config = CLIPConfig(
    text_config={
        "vocab_size": 49408,
        "hidden_size": 1024,
        "intermediate_size": 4096,
        "num_hidden_layers": 24,
        "num_attention_heads": 16,
        "max_position_embeddings": 77,
        "hidden_act": "gelu",
        "projection_dim": 1024,
    },
    vision_config={
        "hidden_size": 1280,
        "intermediate_size": 5120,
        "num_hidden_layers": 32,
        "num_attention_heads": 16,
        "image_size": height,
        "patch_size": 14,
        "hidden_act": "gelu",
        "projection_dim": 1024,
    },
    projection_dim=1024,
)
model = CLIPModel(config)
# the tokenizer truncates text to the text tower's position table
text_length = min(max_seq_length, config.text_config.max_position_embeddings)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, text_length)),
    "attention_mask": torch.ones(batch_size, text_length, dtype=torch.long),
    "pixel_values": torch.rand(batch_size, num_channels, height, width),
}

model(**inputs)
