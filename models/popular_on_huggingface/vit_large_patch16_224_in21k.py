# labels: name::vit_large_patch16_224_in21k author::google task::Computer_Vision license::apache-2.0 test_group::daily hub_id::google/vit-large-patch16-224-in21k
"""
ViT-L/16 image backbone pre-trained on ImageNet-21k, built from transformers.ViTConfig with random weights.

Source: https://huggingface.co/google/vit-large-patch16-224-in21k
"""
import torch
from transformers import ViTConfig, ViTModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# position embeddings are sized for the input: (224, 224) on the Hub
config = ViTConfig(
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=(height, width),
    patch_size=16,
    num_channels=3,
    qkv_bias=True,
)
model = ViTModel(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
