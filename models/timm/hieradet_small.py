# labels: name::hieradet_small author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hieradet_small: HieraDet (the SAM 2 Hiera image encoder), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/hieradet_sam2.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hieradet_small", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
