# labels: name::vit_relpos_base_patch16_plus_240 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_relpos_base_patch16_plus_240: Vision Transformer with relative position embeddings, built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/vision_transformer_relpos.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vit_relpos_base_patch16_plus_240", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 240x240.
inputs = {"x": torch.rand(batch_size, num_channels, 240, 240)}

model(**inputs)
