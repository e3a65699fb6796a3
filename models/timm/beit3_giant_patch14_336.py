# labels: name::beit3_giant_patch14_336 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
beit3_giant_patch14_336: Vision Transformer (ViT), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/vision_transformer.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("beit3_giant_patch14_336", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 336x336.
inputs = {"x": torch.rand(batch_size, num_channels, 336, 336)}

model(**inputs)
