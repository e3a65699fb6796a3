# labels: name::vit_base_patch16_384 author::google task::Computer_Vision license::apache-2.0 test_group::daily hub_id::google/vit-base-patch16-384
"""
ViT-B/16 image classifier at 384x384 (ImageNet-1k, 1000 labels), built from transformers.ViTConfig with random weights.

Source: https://huggingface.co/google/vit-base-patch16-384
"""
import torch
from transformers import ViTConfig, ViTForImageClassification

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# position embeddings are sized for the input: (384, 384) on the Hub
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
    num_labels=1000,
)
model = ViTForImageClassification(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
