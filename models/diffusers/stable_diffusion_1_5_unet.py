# labels: name::stable_diffusion_1_5_unet author::runwayml task::Generative_AI license::creativeml-openrail-m test_group::daily hub_id::stable-diffusion-v1-5/stable-diffusion-v1-5
"""
Stable Diffusion 1.5's denoising UNet, built as diffusers.UNet2DConditionModel from its published config with random weights.

Source: https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5
"""
import torch
from diffusers import UNet2DConditionModel

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(["batch_size", "max_seq_length", "height", "width"])

config = {
    "sample_size": 64,
    "in_channels": 4,
    "out_channels": 4,
    "center_input_sample": False,
    "flip_sin_to_cos": True,
    "freq_shift": 0,
    "down_block_types": ("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
    "up_block_types": ("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
    "block_out_channels": (320, 640, 1280, 1280),
    "layers_per_block": 2,
    "downsample_padding": 1,
    "mid_block_scale_factor": 1,
    "act_fn": "silu",
    "norm_num_groups": 32,
    "norm_eps": 1e-05,
    "cross_attention_dim": 768,
    "attention_head_dim": 8,
}
model = UNet2DConditionModel(**config)
# Latents are 1/8 of the image size; CLIP's position table stops at 77 tokens, so the prompt length is capped there.
inputs = {
    "sample": torch.randn(batch_size, 4, height // 8, width // 8),
    "timestep": torch.randint(1000, (batch_size,)),
    "encoder_hidden_states": torch.randn(batch_size, min(max_seq_length, 77), 768),
}

model(**inputs)
