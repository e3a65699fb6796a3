# labels: name::ddpm_cifar10_unet author::google task::Generative_AI license::apache-2.0 test_group::daily hub_id::google/ddpm-cifar10-32
"""
The pixel-space denoising UNet of DDPM (Ho et al.) trained on CIFAR-10, built as diffusers.UNet2DModel from its published config with random weights.

Source: https://huggingface.co/google/ddpm-cifar10-32
"""
import torch
from diffusers import UNet2DModel

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = {
    "sample_size": 32,
    "in_channels": 3,
    "out_channels": 3,
    "center_input_sample": False,
    "time_embedding_type": "positional",
    "freq_shift": 1,
    "flip_sin_to_cos": False,
    "down_block_types": ("DownBlock2D", "AttnDownBlock2D", "DownBlock2D", "DownBlock2D"),
    "up_block_types": ("UpBlock2D", "UpBlock2D", "AttnUpBlock2D", "UpBlock2D"),
    "block_out_channels": (128, 256, 256, 256),
    "layers_per_block": 2,
    "mid_block_scale_factor": 1,
    "downsample_padding": 0,
    "act_fn": "silu",
    "attention_head_dim": None,
    "norm_num_groups": 32,
    "norm_eps": 1e-06,
    "resnet_time_scale_shift": "default",
}
model = UNet2DModel(**config)
inputs = {
    "sample": torch.randn(batch_size, num_channels, height, width),
    "timestep": torch.randint(1000, (batch_size,)),
}

model(**inputs)
