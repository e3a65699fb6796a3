# labels: name::test_maxvit author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
test_maxvit: MaxViT or CoAtNet (CNN and vision transformer hybrid), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/maxxvit.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("test_maxvit", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 160x160.
inputs = {"x": torch.rand(batch_size, num_channels, 160, 160)}

model(**inputs)
