# labels: name::vit_huge_patch14_clip_quickgelu_378 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_huge_patch14_clip_quickgelu_378: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/vit_huge_patch14_clip_378.dfn5b
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vit_huge_patch14_clip_quickgelu_378", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 378x378.
inputs = {"x": torch.rand(batch_size, num_channels, 378, 378)}

model(**inputs)
