# labels: name::tresnet_m author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
tresnet_m: TResNet (a ResNet designed for GPU throughput), built by timm with random weights.

Source: https://huggingface.co/timm/tresnet_m.miil_in21k_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("tresnet_m", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
