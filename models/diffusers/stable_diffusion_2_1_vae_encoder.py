# labels: name::stable_diffusion_2_1_vae_encoder author::stabilityai task::Generative_AI license::openrail++ test_group::daily hub_id::stabilityai/stable-diffusion-2-1
"""
Stable Diffusion 2.1's VAE encoder (image to latent moments), the encoder module of diffusers.AutoencoderKL built from its published config with random weights.

Source: https://huggingface.co/stabilityai/stable-diffusion-2-1
"""
import torch
from diffusers import AutoencoderKL

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = {
    "in_channels": 3,
    "out_channels": 3,
    "down_block_types": ("DownEncoderBlock2D", "DownEncoderBlock2D", "DownEncoderBlock2D", "DownEncoderBlock2D"),
    "up_block_types": ("UpDecoderBlock2D", "UpDecoderBlock2D", "UpDecoderBlock2D", "UpDecoderBlock2D"),
    "block_out_channels": (128, 256, 512, 512),
    "layers_per_block": 2,
    "act_fn": "silu",
    "latent_channels": 4,
    "norm_num_groups": 32,
    "sample_size": 768,
    "scaling_factor": 0.18215,
}
vae = AutoencoderKL(**config)
# vae.encode() is a method, not a module call, so the Encoder module it wraps is called directly
# (encode() only adds the 1x1 quant_conv after it and wraps the moments in a distribution).
model = vae.encoder
inputs = {"sample": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
