# labels: name::nfnet_l0 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nfnet_l0: normalization-free network (NFNet, NF-RegNet, NF-ResNet), built by timm with random weights.

Source: https://huggingface.co/timm/nfnet_l0.ra2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nfnet_l0", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
