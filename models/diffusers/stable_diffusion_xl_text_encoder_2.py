# labels: name::stable_diffusion_xl_text_encoder_2 author::stabilityai task::Generative_AI license::openrail++ test_group::daily hub_id::stabilityai/stable-diffusion-xl-base-1.0
"""
SDXL's second text encoder (the OpenCLIP ViT-bigG/14 text tower with projection), built as transformers.CLIPTextModelWithProjection from its published config with random weights.

Source: https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0
"""
import torch
from transformers import CLIPTextConfig, CLIPTextModelWithProjection

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CLIPTextConfig(
    vocab_size=49408,
    hidden_size=1280,
    intermediate_size=5120,
    projection_dim=1280,
    num_hidden_layers=32,
    num_attention_heads=20,
    max_position_embeddings=77,
    hidden_act="gelu",
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = CLIPTextModelWithProjection(config)
# CLIP's position table stops at 77 tokens (the pipeline pads every prompt to 77), so the length is capped there.
inputs = {"input_ids": torch.randint(config.vocab_size, (batch_size, min(max_seq_length, 77)))}

model(**inputs)
