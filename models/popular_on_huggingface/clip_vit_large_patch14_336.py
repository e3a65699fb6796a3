# labels: name::clip_vit_large_patch14_336 author::openai task::Multimodal license::unknown test_group::daily hub_id::openai/clip-vit-large-patch14-336
"""
CLIP ViT-L/14 at 336x336 contrastive image-text model, built from transformers.CLIPConfig with random weights.

Source: https://huggingface.co/openai/clip-vit-large-patch14-336
"""
import torch
from transformers import CLIPConfig, CLIPModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(["batch_size", "max_seq_length", "num_channels", "height", "width"])

# vision position embeddings are sized for the (square) input: 336 on the Hub
config = CLIPConfig(
    text_config={
        "vocab_size": 49408,
        "hidden_size": 768,
        "intermediate_size": 3072,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "max_position_embeddings": 77,
        "hidden_act": "quick_gelu",
        "projection_dim": 768,
    },
    vision_config={
        "hidden_size": 1024,
        "intermediate_size": 4096,
        "num_hidden_layers": 24,
        "num_attention_heads": 16,
        "image_size": height,
        "patch_size": 14,
        "hidden_act": "quick_gelu",
        "projection_dim": 768,
    },
    projection_dim=768,
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
