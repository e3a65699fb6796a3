# labels: name::nf_ecaresnet101 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nf_ecaresnet101: normalization-free network (NFNet, NF-RegNet, NF-ResNet), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/nfnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nf_ecaresnet101", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
