# labels: name::mnasnet_140 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mnasnet_140: EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/efficientnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mnasnet_140", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
