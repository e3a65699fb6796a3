# labels: name::dinov2_giant author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/dinov2-giant
"""
DINOv2 ViT-g/14 self-supervised image backbone (SwiGLU), built from transformers.Dinov2Config with random weights.

Source: https://huggingface.co/facebook/dinov2-giant
"""
import torch
from transformers import Dinov2Config, Dinov2Model

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = Dinov2Config(
    hidden_size=1536,
    num_hidden_layers=40,
    num_attention_heads=24,
    mlp_ratio=4,
    hidden_act="gelu",
    layer_norm_eps=1e-06,
    image_size=518,
    patch_size=14,
    num_channels=3,
    qkv_bias=True,
    layerscale_value=1.0,
    use_swiglu_ffn=True,
)
model = Dinov2Model(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
