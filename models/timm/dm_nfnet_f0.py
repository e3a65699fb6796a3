# labels: name::dm_nfnet_f0 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dm_nfnet_f0: normalization-free network (NFNet, NF-RegNet, NF-ResNet), built by timm with random weights.

Source: https://huggingface.co/timm/dm_nfnet_f0.dm_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dm_nfnet_f0", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
