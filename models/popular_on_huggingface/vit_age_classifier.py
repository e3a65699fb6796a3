# labels: name::vit_age_classifier author::nateraw task::Computer_Vision license::unknown test_group::daily hub_id::nateraw/vit-age-classifier
"""
ViT-B/16 age classifier for faces (9 age-range labels), built from transformers.ViTConfig with random weights.

Source: https://huggingface.co/nateraw/vit-age-classifier
"""
import torch
from transformers import ViTConfig, ViTForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# position embeddings are sized for the input: (224, 224) on the Hub
config = ViTConfig(
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=(height, width),
    patch_size=16,
    num_channels=3,
    qkv_bias=True,
    num_labels=9,
)
model = ViTForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
