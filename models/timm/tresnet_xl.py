# labels: name::tresnet_xl author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
tresnet_xl: TResNet (a ResNet designed for GPU throughput), built by timm with random weights.

Source: https://huggingface.co/timm/tresnet_xl.miil_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("tresnet_xl", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
