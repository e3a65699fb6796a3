# labels: name::dpt_large author::Intel task::Computer_Vision license::apache-2.0 test_group::daily hub_id::Intel/dpt-large
"""
DPT-large monocular depth estimator (ViT-L/16 backbone), built from transformers.DPTConfig with random weights.

Source: https://huggingface.co/Intel/dpt-large
"""
import torch
from transformers import DPTConfig, DPTForDepthEstimation

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = DPTConfig(
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    intermediate_size=4096,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=384,
    patch_size=16,
    num_channels=3,
    qkv_bias=True,
    backbone_out_indices=[5, 11, 17, 23],
    readout_type="project",
    reassemble_factors=[4, 2, 1, 0.5],
    neck_hidden_sizes=[256, 512, 1024, 1024],
    fusion_hidden_size=256,
    use_batch_norm_in_fusion_residual=False,
)
model = DPTForDepthEstimation(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
