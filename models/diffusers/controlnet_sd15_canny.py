# labels: name::controlnet_sd15_canny author::lllyasviel task::Generative_AI license::openrail test_group::daily hub_id::lllyasviel/sd-controlnet-canny
"""
ControlNet for Stable Diffusion 1.5 (canny-edge conditioning), built as diffusers.ControlNetModel from its published config with random weights.

Source: https://huggingface.co/lllyasviel/sd-controlnet-canny
"""
import torch
from diffusers import ControlNetModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(
    ["batch_size", "max_seq_length", "num_channels", "height", "width"]
)

config = {
    "in_channels": 4,
    "conditioning_channels": 3,
    "flip_sin_to_cos": True,
    "freq_shift": 0,
    "down_block_types": ("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
    "only_cross_attention": False,
    "block_out_channels": (320, 640, 1280, 1280),
    "layers_per_block": 2,
    "downsample_padding": 1,
    "mid_block_scale_factor": 1,
    "act_fn": "silu",
    "norm_num_groups": 32,
    "norm_eps": 1e-05,
    "cross_attention_dim": 768,
    "attention_head_dim": 8,
    "use_linear_projection": False,
    "upcast_attention": False,
    "resnet_time_scale_shift": "default",
    "controlnet_conditioning_channel_order": "rgb",
    "conditioning_embedding_out_channels": (16, 32, 96, 256),
}
model = ControlNetModel(**config)
# Latents are 1/8 of the control image; CLIP's position table stops at 77 tokens, so the prompt length is capped there.
inputs = {
    "sample": torch.randn(batch_size, 4, height // 8, width // 8),
    "timestep": torch.randint(1000, (batch_size,)),
    "encoder_hidden_states": torch.randn(batch_size, min(max_seq_length, 77), 768),
    "controlnet_cond": torch.rand(batch_size, num_channels, height, width),
}

model(**inputs)
