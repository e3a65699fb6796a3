# labels: name::mixnet_xl author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mixnet_xl: EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/mixnet_xl.ra_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mixnet_xl", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
