# labels: name::test_vit3 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
test_vit3: Vision Transformer (ViT), built by timm with random weights.

Source: https://huggingface.co/timm/test_vit3.r160_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("test_vit3", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 160x160.
inputs = {"x": torch.rand(batch_size, num_channels, 160, 160)}

model(**inputs)
