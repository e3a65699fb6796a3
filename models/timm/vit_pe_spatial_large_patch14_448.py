# labels: name::vit_pe_spatial_large_patch14_448 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
vit_pe_spatial_large_patch14_448: EVA-family vision transformer (EVA, EVA-02 and related encoders), built by timm with random weights.

Source: https://huggingface.co/timm/vit_pe_spatial_large_patch14_448.fb
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("vit_pe_spatial_large_patch14_448", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 448x448.
inputs = {"x": torch.rand(batch_size, num_channels, 448, 448)}

model(**inputs)
