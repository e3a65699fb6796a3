# labels: name::taesd_decoder author::madebyollin task::Generative_AI license::mit test_group::daily,smoke hub_id::madebyollin/taesd
"""
TAESD's decoder (latents to image), the decoder module of diffusers.AutoencoderTiny, a tiny distilled stand-in for Stable Diffusion's VAE, built from its published config with random weights.

Source: https://huggingface.co/madebyollin/taesd
"""
import torch
from diffusers import AutoencoderTiny

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = {
    "in_channels": 3,
    "out_channels": 3,
    "encoder_block_out_channels": (64, 64, 64, 64),
    "decoder_block_out_channels": (64, 64, 64, 64),
    "act_fn": "relu",
    "upsample_fn": "nearest",
    "latent_channels": 4,
    "upsampling_scaling_factor": 2,
    "num_encoder_blocks": (1, 3, 3, 3),
    "num_decoder_blocks": (3, 3, 3, 1),
    "latent_magnitude": 3,
    "latent_shift": 0.5,
    "force_upcast": False,
    "scaling_factor": 1.0,
    "shift_factor": 0.0,
}
vae = AutoencoderTiny(**config)
# vae.decode() is a method, not a module call, so the DecoderTiny module it wraps is called directly.
model = vae.decoder
inputs = {"x": torch.randn(batch_size, 4, height // 8, width // 8)}

model(**inputs)
