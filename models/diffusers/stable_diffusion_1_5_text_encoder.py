# labels: name::stable_diffusion_1_5_text_encoder author::runwayml task::Generative_AI license::creativeml-openrail-m test_group::daily,smoke hub_id::stable-diffusion-v1-5/stable-diffusion-v1-5
"""
Stable Diffusion 1.5's text encoder (the OpenAI CLIP ViT-L/14 text tower), built as transformers.CLIPTextModel from its published config with random weights.

Source: https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5
"""
import torch
from transformers import CLIPTextConfig, CLIPTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CLIPTextConfig(
    vocab_size=49408,
    hidden_size=768,
    intermediate_size=3072,
    projection_dim=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    max_position_embeddings=77,
    hidden_act="quick_gelu",
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = CLIPTextModel(config)
# CLIP's position table stops at 77 tokens (the pipeline pads every prompt to 77), so the length is capped there.
inputs = {"input_ids": torch.randint(config.vocab_size, (batch_size, min(max_seq_length, 77)))}

model(**inputs)
