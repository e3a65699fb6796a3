# labels: name::layoutlmv3_base author::microsoft task::Multimodal license::cc-by-nc-sa-4.0 test_group::daily hub_id::microsoft/layoutlmv3-base
"""
LayoutLMv3 base document encoder: text, 2-D boxes and image patches, built from transformers.LayoutLMv3Config with random weights.

Source: https://huggingface.co/microsoft/layoutlmv3-base
"""
import torch
from transformers import LayoutLMv3Config, LayoutLMv3Model

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(["batch_size", "max_seq_length", "num_channels", "height", "width"])

# image patch position embeddings are sized for the input (input_size=224 on the Hub)
config = LayoutLMv3Config(
    vocab_size=50265,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=514,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    max_2d_position_embeddings=1024,
    coordinate_size=128,
    shape_size=128,
    has_relative_attention_bias=True,
    rel_pos_bins=32,
    max_rel_pos=128,
    has_spatial_attention_bias=True,
    rel_2d_pos_bins=64,
    max_rel_2d_pos=256,
    visual_embed=True,
    input_size=height,
    patch_size=16,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = LayoutLMv3Model(config)
top_left = torch.randint(0, 500, (batch_size, max_seq_length, 2))
bbox = torch.cat([top_left, top_left + torch.randint(0, 500, (batch_size, max_seq_length, 2))], dim=-1)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "bbox": bbox,
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "pixel_values": torch.rand(batch_size, num_channels, height, width),
}

model(**inputs)
