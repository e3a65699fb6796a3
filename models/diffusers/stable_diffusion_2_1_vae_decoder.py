# labels: name::stable_diffusion_2_1_vae_decoder author::stabilityai task::Generative_AI license::openrail++ test_group::daily hub_id::stabilityai/stable-diffusion-2-1
"""
Stable Diffusion 2.1's VAE decoder (latents to image), the decoder module of diffusers.AutoencoderKL built from its published config with random weights.

Source: https://huggingface.co/stabilityai/stable-diffusion-2-1
"""
import torch
from diffusers import AutoencoderKL

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

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
# vae.decode() is a method, not a module call, so the Decoder module it wraps is called directly
# (decode() only adds the 1x1 post_quant_conv in front of it).
model = vae.decoder
inputs = {"sample": torch.randn(batch_size, 4, height // 8, width // 8)}

model(**inputs)
