# labels: name::haloregnetz_b author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
haloregnetz_b: bring-your-own-attention network (ResNet-like stages with self-attention blocks), built by timm with random weights.

Source: https://huggingface.co/timm/haloregnetz_b.ra3_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("haloregnetz_b", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
