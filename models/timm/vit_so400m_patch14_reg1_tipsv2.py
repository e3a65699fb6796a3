# labels: name::vit_so400m_patch14_reg1_tipsv2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_so400m_patch14_reg1_tipsv2: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/vit_so400m_patch14_reg1_tipsv2.webli
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vit_so400m_patch14_reg1_tipsv2", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 448x448.
inputs = {"x": torch.rand(batch_size, num_channels, 448, 448)}

model(**inputs)
