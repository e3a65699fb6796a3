# labels: name::depth_anything_v2_small_hf author::depth-anything task::Computer_Vision license::apache-2.0 test_group::daily hub_id::depth-anything/Depth-Anything-V2-Small-hf
"""
Depth Anything V2 small relative depth estimator (DINOv2 ViT-S/14 backbone, DPT head), built from transformers.DepthAnythingConfig with random weights.

Source: https://huggingface.co/depth-anything/Depth-Anything-V2-Small-hf
"""
import torch
from transformers import DepthAnythingConfig, DepthAnythingForDepthEstimation

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = DepthAnythingConfig(
    backbone_config={
        "model_type": "dinov2",
        "hidden_size": 384,
        "num_hidden_layers": 12,
        "num_attention_heads": 6,
        "mlp_ratio": 4,
        "image_size": 518,
        "patch_size": 14,
        "layerscale_value": 1.0,
        "out_indices": [3, 6, 9, 12],
        "apply_layernorm": True,
        "reshape_hidden_states": False,
    },
    patch_size=14,
    reassemble_hidden_size=384,
    reassemble_factors=[4, 2, 1, 0.5],
    neck_hidden_sizes=[48, 96, 192, 384],
    fusion_hidden_size=64,
    head_hidden_size=32,
    depth_estimation_type="relative",
)
model = DepthAnythingForDepthEstimation(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
