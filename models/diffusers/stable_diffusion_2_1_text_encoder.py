# labels: name::stable_diffusion_2_1_text_encoder author::stabilityai task::Generative_AI license::openrail++ test_group::daily hub_id::stabilityai/stable-diffusion-2-1
"""
Stable Diffusion 2.1's text encoder (the OpenCLIP ViT-H/14 text tower), built as transformers.CLIPTextModel from its published config with random weights.

Source: https://huggingface.co/stabilityai/stable-diffusion-2-1
"""
import torch
from transformers import CLIPTextConfig, CLIPTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CLIPTextConfig(
    vocab_size=49408,
    hidden_size=1024,
    intermediate_size=4096,
    projection_dim=512,
    num_hidden_layers=23,
    num_attention_heads=16,
    max_position_embeddings=77,
    hidden_act="gelu",
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = CLIPTextModel(config)
# CLIP's position table stops at 77 tokens (the pipeline pads every prompt to 77), so the length is capped there.
inputs = {"input_ids": torch.randint(config.vocab_size, (batch_size, min(max_seq_length, 77)))}

model(**inputs)
