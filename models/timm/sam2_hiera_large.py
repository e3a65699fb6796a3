# labels: name::sam2_hiera_large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
sam2_hiera_large: HieraDet (the SAM 2 Hiera image encoder), built by timm with random weights.

Source: https://huggingface.co/timm/sam2_hiera_large.fb_r1024
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("sam2_hiera_large", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
