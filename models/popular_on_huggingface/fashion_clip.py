# labels: name::fashion_clip author::patrickjohncyh task::Multimodal license::mit test_group::daily hub_id::patrickjohncyh/fashion-clip
"""
FashionCLIP (CLIP ViT-B/32 fine-tuned on fashion products), built from transformers.CLIPConfig with random weights.

Source: https://huggingface.co/patrickjohncyh/fashion-clip
"""
import torch
from transformers import CLIPConfig, CLIPModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(["batch_size", "max_seq_length", "num_channels", "height", "width"])

# vision position embeddings are sized for the (square) input: 224 on the Hub
config = CLIPConfig(
    text_config={
        "vocab_size": 49408,
        "hidden_size": 512,
        "intermediate_size": 2048,
        "num_hidden_layers": 12,
        "num_attention_heads": 8,
        "max_position_embeddings": 77,
        "hidden_act": "quick_gelu",
        "projection_dim": 512,
    },
    vision_config={
        "hidden_size": 768,
        "intermediate_size": 3072,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "image_size": height,
        "patch_size": 32,
        "hidden_act": "quick_gelu",
        "projection_dim": 512,
    },
    projection_dim=512,
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
