# labels: name::cait_s24_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
cait_s24_224: CaiT (class-attention in image transformers), built by timm with random weights.

Source: https://huggingface.co/timm/cait_s24_224.fb_dist_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("cait_s24_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
