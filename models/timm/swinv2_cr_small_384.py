# labels: name::swinv2_cr_small_384 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
swinv2_cr_small_384: Swin Transformer V2 (timm's continuous-position-bias implementation), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/swin_transformer_v2_cr.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("swinv2_cr_small_384", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 384x384.
inputs = {"x": torch.rand(batch_size, num_channels, 384, 384)}

model(**inputs)
