# labels: name::vit_base_patch16_reg4_gap_256 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_base_patch16_reg4_gap_256: Vision Transformer (ViT), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/vision_transformer.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vit_base_patch16_reg4_gap_256", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 256x256.
inputs = {"x": torch.rand(batch_size, num_channels, 256, 256)}

model(**inputs)
