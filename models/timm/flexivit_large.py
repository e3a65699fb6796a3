# labels: name::flexivit_large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
flexivit_large: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/flexivit_large.1200ep_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("flexivit_large", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 240x240.
inputs = {"x": torch.rand(batch_size, num_channels, 240, 240)}

model(**inputs)
