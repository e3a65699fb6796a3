# labels: name::efficientvit_l2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
efficientvit_l2: EfficientViT (MIT, multi-scale linear attention), built by timm with random weights.

Source: https://huggingface.co/timm/efficientvit_l2.r224_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("efficientvit_l2", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
